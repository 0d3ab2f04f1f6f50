package io.github.unifysequences.client;

/**
 * How much of each HTTP exchange the client logs, through SLF4J at INFO under the logger
 * {@code io.github.unifysequences.http}. The {@code x-api-key} header is redacted at every level.
 */
public enum LogLevel {
    /** Nothing (the default). */
    NONE,
    /** The request line, attempt number, response status and duration. */
    BASIC,
    /** {@link #BASIC} plus request and response headers. */
    HEADERS,
    /** {@link #HEADERS} plus request and response bodies. Bodies contain personal data: use for debugging only. */
    BODY
}
