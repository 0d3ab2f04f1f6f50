/**
 * The Retrofit interface and Gson models generated from the pinned Unify Sequences spec, and the one Gson that reads
 * and writes them. Internal to the SDK ({@code io.github.unifysequences.sdk}): not for direct use, and not covered
 * by the SDK's compatibility promise.
 */
module io.github.unifysequences.generated {
    // Types of these modules appear in the generated signatures (Call, RequestBody, TypeAdapter).
    requires transitive com.google.gson;
    requires transitive okhttp3;
    requires retrofit2;
    // @Nullable/@Nonnull on the models: annotations only, not needed to run.
    requires static jakarta.annotation;

    exports io.github.unifysequences.generated.api;
    exports io.github.unifysequences.generated.model;
    exports io.github.unifysequences.generated.invoker;
    exports io.github.unifysequences.generated.support;

    // Gson reads and writes the models' private fields reflectively.
    opens io.github.unifysequences.generated.model to com.google.gson;
}
