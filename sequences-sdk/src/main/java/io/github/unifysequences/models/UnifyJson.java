package io.github.unifysequences.models;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads API JSON into the domain types. The client uses it for every response; applications can use it
 * to read stored API payloads (fixtures, archived responses) into the same types.
 *
 * <pre>{@code
 * JsonObject json = JsonParser.parseString(stored).getAsJsonObject();
 * Enrollment enrollment = UnifyJson.enrollment(json);
 * }</pre>
 *
 * <p>Every method throws {@link JsonParseException} when the JSON does not have the documented shape.
 */
public final class UnifyJson {

    private UnifyJson() {
    }

    /**
     * @param json a {@code Sequence} object
     * @return the sequence
     */
    public static Sequence sequence(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::sequence);
    }

    /**
     * @param json a sequence step object of any type
     * @return the step, as the variant its {@code type} names
     */
    public static SequenceStep sequenceStep(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::sequenceStep);
    }

    /**
     * @param json an {@code Enrollment} object
     * @return the enrollment
     */
    public static Enrollment enrollment(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::enrollment);
    }

    /**
     * @param json an {@code EnrollmentStep} object
     * @return the enrollment step
     */
    public static EnrollmentStep enrollmentStep(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::enrollmentStep);
    }

    /**
     * @param json an {@code {id, is_paused}} object
     * @return the pause state
     */
    public static PauseState pauseState(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::pauseState);
    }

    /**
     * @param json an {@code {id, is_deleted}} object
     * @return the deletion result
     */
    public static SequenceDeletion sequenceDeletion(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::sequenceDeletion);
    }

    /**
     * @param json an {@code {id, is_canceled}} object
     * @return the cancellation result
     */
    public static EnrollmentCancellation enrollmentCancellation(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::enrollmentCancellation);
    }

    /**
     * @param json an {@code {id, is_draft_approval_pending}} object
     * @return the approval result
     */
    public static EnrollmentApproval enrollmentApproval(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::enrollmentApproval);
    }

    /**
     * @param json a {@code BulkApiJob} object, or the shorter answer of create or cancel
     * @return the query job
     */
    public static QueryJob queryJob(JsonObject json) {
        return decode(json.deepCopy(), ModelMapper::queryJob);
    }

    /**
     * @param json a {@code SequenceEnrollment} result row of an enrollments query job
     * @return the row
     */
    public static SequenceEnrollment sequenceEnrollment(JsonObject json) {
        return RowReader.sequenceEnrollment(json.toString());
    }

    /**
     * Reads one line of an NDJSON export, such as a line of a stored results stream.
     *
     * @param json a {@code SequenceEnrollment} result row as JSON text
     * @return the row
     */
    public static SequenceEnrollment sequenceEnrollment(String json) {
        return RowReader.sequenceEnrollment(json);
    }

    /**
     * @param json a {@code SequenceEnrollmentStep} result row of an enrollment steps query job
     * @return the row
     */
    public static SequenceEnrollmentStep sequenceEnrollmentStep(JsonObject json) {
        return RowReader.sequenceEnrollmentStep(json.toString());
    }

    /**
     * Reads one line of an NDJSON export, such as a line of a stored results stream.
     *
     * @param json a {@code SequenceEnrollmentStep} result row as JSON text
     * @return the row
     */
    public static SequenceEnrollmentStep sequenceEnrollmentStep(String json) {
        return RowReader.sequenceEnrollmentStep(json);
    }

    /**
     * Reads the items of a list envelope such as {@code {"sequences": [...], "next_cursor": ...}}.
     *
     * @param json the envelope
     * @param field the name of the items array
     * @param item reads one item
     * @param <T> the item type
     * @return the items, in order
     */
    public static <T> List<T> items(JsonObject json, String field, Function<JsonObject, T> item) {
        return decode(json, envelope -> {
            List<T> items = new ArrayList<>();
            for (JsonElement element : ModelMapper.array(envelope, field)) {
                items.add(item.apply(element.getAsJsonObject()));
            }
            return items;
        });
    }

    static <T> T decode(JsonObject json, Function<JsonObject, T> mapper) {
        try {
            return mapper.apply(json);
        } catch (JsonParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }
}
