/** A user's application module: it names the SDK and nothing else. */
module com.example.consumer {
    requires io.github.unifysequences.sdk;
}
