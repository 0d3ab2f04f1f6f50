package io.github.unifysequences.errors;

/**
 * The root of every exception the SDK throws. All SDK exceptions are unchecked.
 *
 * <p>Catch this type to handle any failure of a Unify call; catch a subclass to react to one kind:
 * {@link UnifyServiceException} when the API answered with an error status, {@link UnifyIoException}
 * when the network failed, {@link InvalidResponseException} when the answer could not be read.
 * No exception message or {@code toString()} ever contains the API key.
 */
public class UnifyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    public UnifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
