/**
 * The Retrofit interface and Gson models generated from the pinned Unify Sequences spec, and the one Gson that reads
 * and writes them. Internal to the SDK ({@code io.github.unifysequences.sdk}), the only module its packages are
 * exported to; not covered by the SDK's compatibility promise.
 */
// "module": the SDK is not on this module's path when it is compiled; "requires-automatic": Retrofit has no descriptor.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.unifysequences.generated {
    // Types of these modules appear in the generated signatures (Call, RequestBody, TypeAdapter).
    requires transitive com.google.gson;
    requires transitive okhttp3;
    requires retrofit2;
    // @Nullable/@Nonnull on the models: annotations only, not needed to run.
    requires static jakarta.annotation;

    // To the SDK only: users' modules cannot reach the generated layer (Retrofit builds the interface's proxy).
    exports io.github.unifysequences.generated.api to
            io.github.unifysequences.sdk,
            retrofit2;
    exports io.github.unifysequences.generated.model to
            io.github.unifysequences.sdk;
    exports io.github.unifysequences.generated.invoker to
            io.github.unifysequences.sdk;
    exports io.github.unifysequences.generated.support to
            io.github.unifysequences.sdk;

    // Gson reads and writes the models' private fields reflectively.
    opens io.github.unifysequences.generated.model to
            com.google.gson;
}
