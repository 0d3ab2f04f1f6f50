package io.github.unifysequences.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.unifysequences.models.Enrollment;
import io.github.unifysequences.models.EnrollmentApproval;
import io.github.unifysequences.models.EnrollmentCancellation;
import io.github.unifysequences.models.EnrollmentStep;
import io.github.unifysequences.models.PauseState;
import io.github.unifysequences.models.QueryJob;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.models.Sequence;
import io.github.unifysequences.models.SequenceDeletion;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.models.SequenceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The entry to the decoders: for trees the client has just parsed from a response and hands over, so each value
 * keeps its tree as its {@link RawJson} without copying it ({@link RawJson} hands out only copies, so the values
 * stay immutable); {@code models.UnifyJson} copies an application's object and comes here.
 *
 * <p>Not API (the package is not exported): an object passed here must not be used (above all, not changed)
 * afterwards. Every method throws {@link JsonParseException} when the JSON does not have the documented shape.
 */
public final class OwnedJson {

    private OwnedJson() {}

    /**
     * @param json a {@code Sequence} object, handed over
     * @return the sequence
     */
    public static Sequence sequence(JsonObject json) {
        return decode(json, ModelMapper::sequence);
    }

    /**
     * @param json a sequence step object of any type, handed over
     * @return the step
     */
    public static SequenceStep sequenceStep(JsonObject json) {
        return decode(json, ModelMapper::sequenceStep);
    }

    /**
     * @param json an {@code Enrollment} object, handed over
     * @return the enrollment
     */
    public static Enrollment enrollment(JsonObject json) {
        return decode(json, ModelMapper::enrollment);
    }

    /**
     * @param json an {@code EnrollmentStep} object, handed over
     * @return the enrollment step
     */
    public static EnrollmentStep enrollmentStep(JsonObject json) {
        return decode(json, ModelMapper::enrollmentStep);
    }

    /**
     * @param json an {@code {id, is_paused}} object, handed over
     * @return the pause state
     */
    public static PauseState pauseState(JsonObject json) {
        return decode(json, ModelMapper::pauseState);
    }

    /**
     * @param json an {@code {id, is_deleted}} object, handed over
     * @return the deletion result
     */
    public static SequenceDeletion sequenceDeletion(JsonObject json) {
        return decode(json, ModelMapper::sequenceDeletion);
    }

    /**
     * @param json an {@code {id, is_canceled}} object, handed over
     * @return the cancellation result
     */
    public static EnrollmentCancellation enrollmentCancellation(JsonObject json) {
        return decode(json, ModelMapper::enrollmentCancellation);
    }

    /**
     * @param json an {@code {id, is_draft_approval_pending}} object, handed over
     * @return the approval result
     */
    public static EnrollmentApproval enrollmentApproval(JsonObject json) {
        return decode(json, ModelMapper::enrollmentApproval);
    }

    /**
     * @param json a {@code BulkApiJob} object, or the shorter answer of create or cancel, handed over
     * @return the query job
     */
    public static QueryJob queryJob(JsonObject json) {
        return decode(json, ModelMapper::queryJob);
    }

    /**
     * Reads the items of a list envelope such as {@code {"sequences": [...], "next_cursor": ...}}.
     *
     * @param json the envelope, handed over
     * @param field the name of the items array
     * @param item reads one item
     * @param <T> the item type
     * @return the items, in order
     */
    public static <T> List<T> items(JsonObject json, String field, Function<JsonObject, T> item) {
        return decode(json, envelope -> {
            JsonArray array = ModelMapper.requiredArray(envelope, field);
            List<T> items = new ArrayList<>(array.size());
            for (JsonElement element : array) {
                items.add(item.apply(element.getAsJsonObject()));
            }
            return items;
        });
    }

    /**
     * @param json a {@code SequenceEnrollment} result row as JSON text
     * @return the row
     */
    public static SequenceEnrollment sequenceEnrollment(String json) {
        return RowReader.sequenceEnrollment(json);
    }

    /**
     * @param json a {@code SequenceEnrollmentStep} result row as JSON text
     * @return the row
     */
    public static SequenceEnrollmentStep sequenceEnrollmentStep(String json) {
        return RowReader.sequenceEnrollmentStep(json);
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
        return ModelMapper.requiredLong(json, field);
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

    /** A decoder's failure of any kind is the one {@link JsonParseException} the client maps. */
    private static <T> T decode(JsonObject json, Function<JsonObject, T> mapper) {
        try {
            return mapper.apply(json);
        } catch (JsonParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }
}
