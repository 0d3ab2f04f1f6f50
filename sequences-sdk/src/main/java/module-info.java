/**
 * The Unify Sequences Java SDK: {@link io.github.unifysequences.client.UnifySequencesClient} and its services,
 * domain models, pagination and errors. A consumer module needs only {@code requires io.github.unifysequences.sdk;}.
 * Gson and OkHttp are read transitively because their types appear in this API ({@code RawJson},
 * {@code UnifyJson}, {@code UnifySequencesClientBuilder.okHttpClient(OkHttpClient)}), and JSpecify because its
 * nullness annotations are part of every signature. {@code io.github.unifysequences.internal} is not exported:
 * it is the SDK's own machinery, not API.
 */
// Retrofit and its Gson converter have no descriptor (Automatic-Module-Name only).
@SuppressWarnings("requires-automatic")
module io.github.unifysequences.sdk {
    requires transitive com.google.gson;
    requires transitive okhttp3;
    requires io.github.unifysequences.generated;
    requires retrofit2;
    requires retrofit2.converter.gson;
    requires org.slf4j;
    // The nullness annotations are part of the API's signatures, so consumers (Kotlin, NullAway) read them too.
    requires transitive org.jspecify;

    exports io.github.unifysequences.client;
    exports io.github.unifysequences.core;
    exports io.github.unifysequences.errors;
    exports io.github.unifysequences.models;
    exports io.github.unifysequences.services;
}
