package io.github.unifysequences.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 400 Bad Request: the request was malformed or failed validation. {@link #errors()} says which fields
 * and why; the envelope's message is optional on this status only, and without one the exception message lists the
 * errors ({@link BadRequestError#summary()}). Approving an enrollment whose person
 * has opted out or is marked do-not-email also answers 400.
 */
public class BadRequestException extends UnifyServiceException {
    private static final long serialVersionUID = 1L;
    private final transient List<BadRequestError> errors;

    /**
     * Creates an exception from a failed call.
     *
     * @param context the request line and the error envelope
     * @param errors the envelope's {@code errors[]}, possibly empty
     */
    public BadRequestException(ErrorContext context, List<BadRequestError> errors) {
        // The envelope's message is optional on 400: without one, the message lists the errors instead.
        super(context, errors.stream().map(BadRequestError::summary).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** @return the individual validation errors, in the order the API listed them */
    public List<BadRequestError> errors() {
        return errors;
    }
}
