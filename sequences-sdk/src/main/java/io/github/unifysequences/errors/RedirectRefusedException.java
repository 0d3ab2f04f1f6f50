package io.github.unifysequences.errors;

/**
 * The API answered with a redirect to another origin (scheme, host or port), which the SDK refuses to follow:
 * following it would resend the request body (person ids, mailbox emails, filters) to that origin and return
 * its answer as if it were Unify's. Nothing was sent to the other origin. Same-origin redirects are followed.
 * Never retried; the redirect is a definitive answer, so the original request was not applied by it.
 */
public class RedirectRefusedException extends UnifyException {
    private static final long serialVersionUID = 1L;
    /** The HTTP method of the refused request. */
    private final String method;
    /** The URL path of the request that was redirected. */
    private final String path;
    /** The origin the redirect pointed to, as {@code scheme://host:port}. */
    private final String targetOrigin;

    /**
     * Creates an exception.
     *
     * @param method the HTTP method of the refused request
     * @param path the URL path of the request that was redirected
     * @param targetOrigin the origin the redirect pointed to, as {@code scheme://host:port}
     * @param cause the refusal as the HTTP client reported it
     */
    public RedirectRefusedException(String method, String path, String targetOrigin, Throwable cause) {
        super(
                method + " " + path + " was redirected to another origin (" + targetOrigin
                        + "); the SDK does not follow cross-origin redirects",
                cause);
        this.method = method;
        this.path = path;
        this.targetOrigin = targetOrigin;
    }

    /** @return the HTTP method of the refused request */
    public String method() {
        return method;
    }

    /** @return the URL path of the request that was redirected */
    public String path() {
        return path;
    }

    /** @return the origin the redirect pointed to, {@code scheme://host:port}; never a path or query */
    public String targetOrigin() {
        return targetOrigin;
    }
}
