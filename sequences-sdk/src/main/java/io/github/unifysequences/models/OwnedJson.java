package io.github.unifysequences.models;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * The SDK client's own entry to the mappers: the same readers as {@link UnifyJson}, for trees the client
 * has just parsed from a response and hands over, so each value keeps its tree as its {@link RawJson}
 * without copying it. {@link RawJson} hands out only copies, so the values stay immutable.
 *
 * <p>Not for applications: an object passed here must not be used (above all, not changed) afterwards.
 * Applications use {@link UnifyJson}, which copies the object it is given.
 */
public final class OwnedJson {

    private OwnedJson() {
    }

    /**
     * @param json a {@code Sequence} object, handed over
     * @return the sequence
     */
    public static Sequence sequence(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::sequence);
    }

    /**
     * @param json a sequence step object of any type, handed over
     * @return the step
     */
    public static SequenceStep sequenceStep(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::sequenceStep);
    }

    /**
     * @param json an {@code Enrollment} object, handed over
     * @return the enrollment
     */
    public static Enrollment enrollment(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::enrollment);
    }

    /**
     * @param json an {@code EnrollmentStep} object, handed over
     * @return the enrollment step
     */
    public static EnrollmentStep enrollmentStep(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::enrollmentStep);
    }

    /**
     * @param json an {@code {id, is_paused}} object, handed over
     * @return the pause state
     */
    public static PauseState pauseState(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::pauseState);
    }

    /**
     * @param json an {@code {id, is_deleted}} object, handed over
     * @return the deletion result
     */
    public static SequenceDeletion sequenceDeletion(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::sequenceDeletion);
    }

    /**
     * @param json an {@code {id, is_canceled}} object, handed over
     * @return the cancellation result
     */
    public static EnrollmentCancellation enrollmentCancellation(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::enrollmentCancellation);
    }

    /**
     * @param json an {@code {id, is_draft_approval_pending}} object, handed over
     * @return the approval result
     */
    public static EnrollmentApproval enrollmentApproval(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::enrollmentApproval);
    }

    /**
     * @param json a {@code BulkApiJob} object, or the shorter answer of create or cancel, handed over
     * @return the query job
     */
    public static QueryJob queryJob(JsonObject json) {
        return UnifyJson.decode(json, ModelMapper::queryJob);
    }

    /**
     * A required integer of a response envelope (such as a results page's {@code total}), read by the decoders'
     * rule: exactly, never wrapped or rounded.
     *
     * @param json the envelope
     * @param field the field's name
     * @return the value
     * @throws JsonParseException if the field is missing, not a number, not integral or beyond a {@code long}
     */
    public static long int64(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw JsonValues.refused(field, "must be a number");
        }
        return JsonValues.int64(field, value.getAsString());
    }

    /**
     * @param json the envelope
     * @param field the field's name
     * @return the value, as {@link #int64} reads it
     * @throws JsonParseException as {@link #int64}, and if the value is beyond an {@code int}
     */
    public static int int32(JsonObject json, String field) {
        return JsonValues.int32(field, Long.toString(int64(json, field)));
    }
}
