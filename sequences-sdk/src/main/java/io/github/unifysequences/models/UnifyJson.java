package io.github.unifysequences.models;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.unifysequences.internal.OwnedJson;

/**
 * Reads stored API payloads (fixtures, archived responses) into the domain types, with the decoders the client
 * reads every response with. The object passed in is copied, so the caller may keep changing it.
 *
 * <pre>{@code
 * JsonObject json = JsonParser.parseString(stored).getAsJsonObject();
 * Enrollment enrollment = UnifyJson.enrollment(json);
 * }</pre>
 *
 * <p>Every method throws {@link JsonParseException} when the JSON does not have the documented shape.
 */
public final class UnifyJson {

    private UnifyJson() {}

    /**
     * @param json a {@code Sequence} object
     * @return the sequence
     */
    public static Sequence sequence(JsonObject json) {
        return OwnedJson.sequence(json.deepCopy());
    }

    /**
     * @param json a sequence step object of any type
     * @return the step, as the variant its {@code type} names
     */
    public static SequenceStep sequenceStep(JsonObject json) {
        return OwnedJson.sequenceStep(json.deepCopy());
    }

    /**
     * @param json an {@code Enrollment} object
     * @return the enrollment
     */
    public static Enrollment enrollment(JsonObject json) {
        return OwnedJson.enrollment(json.deepCopy());
    }

    /**
     * @param json an {@code EnrollmentStep} object
     * @return the enrollment step
     */
    public static EnrollmentStep enrollmentStep(JsonObject json) {
        return OwnedJson.enrollmentStep(json.deepCopy());
    }

    /**
     * @param json an {@code {id, is_paused}} object
     * @return the pause state
     */
    public static PauseState pauseState(JsonObject json) {
        return OwnedJson.pauseState(json.deepCopy());
    }

    /**
     * @param json an {@code {id, is_deleted}} object
     * @return the deletion result
     */
    public static SequenceDeletion sequenceDeletion(JsonObject json) {
        return OwnedJson.sequenceDeletion(json.deepCopy());
    }

    /**
     * @param json an {@code {id, is_canceled}} object
     * @return the cancellation result
     */
    public static EnrollmentCancellation enrollmentCancellation(JsonObject json) {
        return OwnedJson.enrollmentCancellation(json.deepCopy());
    }

    /**
     * @param json an {@code {id, is_draft_approval_pending}} object
     * @return the approval result
     */
    public static EnrollmentApproval enrollmentApproval(JsonObject json) {
        return OwnedJson.enrollmentApproval(json.deepCopy());
    }

    /**
     * @param json a {@code BulkApiJob} object, or the shorter answer of create or cancel
     * @return the query job
     */
    public static QueryJob queryJob(JsonObject json) {
        return OwnedJson.queryJob(json.deepCopy());
    }

    /**
     * @param json a {@code SequenceEnrollment} result row of an enrollments query job
     * @return the row
     */
    public static SequenceEnrollment sequenceEnrollment(JsonObject json) {
        return OwnedJson.sequenceEnrollment(json.toString());
    }

    /**
     * Reads one line of an NDJSON export, such as a line of a stored results stream.
     *
     * @param json a {@code SequenceEnrollment} result row as JSON text
     * @return the row
     */
    public static SequenceEnrollment sequenceEnrollment(String json) {
        return OwnedJson.sequenceEnrollment(json);
    }

    /**
     * @param json a {@code SequenceEnrollmentStep} result row of an enrollment steps query job
     * @return the row
     */
    public static SequenceEnrollmentStep sequenceEnrollmentStep(JsonObject json) {
        return OwnedJson.sequenceEnrollmentStep(json.toString());
    }

    /**
     * Reads one line of an NDJSON export, such as a line of a stored results stream.
     *
     * @param json a {@code SequenceEnrollmentStep} result row as JSON text
     * @return the row
     */
    public static SequenceEnrollmentStep sequenceEnrollmentStep(String json) {
        return OwnedJson.sequenceEnrollmentStep(json);
    }
}
