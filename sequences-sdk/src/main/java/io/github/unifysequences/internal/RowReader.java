package io.github.unifysequences.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.unifysequences.models.BulkCompany;
import io.github.unifysequences.models.BulkEmailMessage;
import io.github.unifysequences.models.BulkMailbox;
import io.github.unifysequences.models.BulkPerson;
import io.github.unifysequences.models.BulkPlay;
import io.github.unifysequences.models.BulkSequence;
import io.github.unifysequences.models.EnrollmentStatus;
import io.github.unifysequences.models.EnrollmentStepStatus;
import io.github.unifysequences.models.RawJson;
import io.github.unifysequences.models.ReplyMessage;
import io.github.unifysequences.models.SequenceEnrollment;
import io.github.unifysequences.models.SequenceEnrollmentStep;
import io.github.unifysequences.models.StepType;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads query-job result rows straight from their text into the domain types, in one pass and without a
 * JSON tree. An export reads millions of rows and most callers never look at a row's raw JSON, so the tree
 * that {@link ModelMapper} reads from would cost more than everything else per row (docs/PERFORMANCE.md,
 * figure 4); each row's {@link RawJson} keeps the text and parses it only when asked.
 *
 * <p>The types it reads (the {@code Bulk*} ones and the two rows) are read nowhere else, so their wire names and
 * requiredness are written here once; the one object both decoders meet, a reply, is handed to
 * {@link ModelMapper#replyMessage} as a tree. The readers follow {@link ModelMapper}'s naming rule
 * ({@code optionalX} gives {@code null} for an absent field or JSON {@code null}, {@code required} refuses it,
 * {@code xOrFalse} is a flag's default) and {@link JsonValues}'s rule for each value; unknown fields are skipped,
 * enums keep the raw string. Each JSON object is read by an {@link ObjectReader}: the loop over its fields is
 * written once, each reader says which fields it keeps and what it builds from them.
 */
final class RowReader {

    private RowReader() {}

    static SequenceEnrollment sequenceEnrollment(String line) {
        return read(line, EnrollmentRow::new);
    }

    static SequenceEnrollmentStep sequenceEnrollmentStep(String line) {
        return read(line, StepRow::new);
    }

    /** One row is one JSON object and nothing after it; otherwise as lenient as {@link com.google.gson.JsonParser}. */
    // setLenient(true) rather than setStrictness(LENIENT), which Gson 2.11 deprecated it for: the same behaviour, and
    // it keeps Gson 2.10.x (Spring Boot 3.3's) working; the declared floor is tested by consumer-tests (issue #14).
    @SuppressWarnings("deprecation")
    private static <T> T read(String line, Supplier<? extends Row<T>> row) {
        JsonReader in = new JsonReader(new StringReader(line));
        in.setLenient(true);
        try {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw new JsonParseException("a result row must be a JSON object");
            }
            Row<T> reader = row.get();
            reader.raw = RawJsonAccess.factory().parsing(line);
            // Not null: the row starts with '{', and only a JSON null reads as null.
            T value = Objects.requireNonNull(reader.read(in));
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("a result row must be one JSON object, but more follows it");
            }
            return value;
        } catch (JsonParseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }

    /** Reads one JSON object: {@code null} for a JSON {@code null}, else the value built from the fields it keeps. */
    private abstract static class ObjectReader<T> {

        /** @return whether the field is one this reader keeps, now read; an unknown one is skipped */
        abstract boolean field(String name, JsonReader in) throws IOException;

        abstract T build();

        final @Nullable T read(JsonReader in) throws IOException {
            if (absent(in)) {
                return null;
            }
            in.beginObject();
            while (in.hasNext()) {
                if (!field(in.nextName(), in)) {
                    in.skipValue();
                }
            }
            in.endObject();
            return build();
        }
    }

    /** The fields both kinds of row share. */
    private abstract static class Row<T> extends ObjectReader<T> {
        @Nullable
        RawJson raw;

        @Nullable
        String id;

        @Nullable
        String status;

        @Nullable
        OffsetDateTime updatedAt;

        @Nullable
        OffsetDateTime startedAt;

        @Nullable
        OffsetDateTime endedAt;

        boolean isBlocked;
        boolean isBounced;
        boolean isCanceled;
        boolean isOptedOut;
        boolean isPaused;
        boolean isReplied;

        @Nullable
        BulkSequence sequence;

        @Nullable
        ReplyMessage reply;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = optionalString(in, name);
                case "status" -> status = optionalString(in, name);
                case "updated_at" -> updatedAt = optionalTimestamp(in, name);
                case "started_at" -> startedAt = optionalTimestamp(in, name);
                case "ended_at" -> endedAt = optionalTimestamp(in, name);
                case "is_blocked" -> isBlocked = boolOrFalse(in, name);
                case "is_bounced" -> isBounced = boolOrFalse(in, name);
                case "is_canceled" -> isCanceled = boolOrFalse(in, name);
                case "is_opted_out" -> isOptedOut = boolOrFalse(in, name);
                case "is_paused" -> isPaused = boolOrFalse(in, name);
                case "is_replied" -> isReplied = boolOrFalse(in, name);
                case "sequence" -> sequence = new SequenceReader().read(in);
                case "reply_email_message" -> reply = reply(in, name);
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class EnrollmentRow extends Row<SequenceEnrollment> {
        @Nullable
        Integer version;

        @Nullable
        BulkMailbox mailbox;

        @Nullable
        BulkPerson person;

        @Nullable
        BulkPlay play;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "version" -> version = optionalInt(in, name);
                case "mailbox" -> mailbox = new MailboxReader().read(in);
                case "person" -> person = new PersonReader().read(in);
                case "enrolled_by_play" -> play = new PlayReader().read(in);
                default -> {
                    return super.field(name, in);
                }
            }
            return true;
        }

        @Override
        SequenceEnrollment build() {
            return SequenceEnrollment.builder()
                    .id(required(id, "id"))
                    .updatedAt(required(updatedAt, "updated_at"))
                    .status(EnrollmentStatus.of(required(status, "status")))
                    .isBlocked(isBlocked)
                    .isBounced(isBounced)
                    .isCanceled(isCanceled)
                    .isOptedOut(isOptedOut)
                    .isPaused(isPaused)
                    .isReplied(isReplied)
                    .version(version)
                    .startedAt(startedAt)
                    .endedAt(endedAt)
                    .sequence(required(sequence, "sequence"))
                    .mailbox(required(mailbox, "mailbox"))
                    .person(required(person, "person"))
                    .enrolledByPlay(play)
                    .replyEmailMessage(reply)
                    .rawJson(required(raw, "raw"))
                    .build();
        }
    }

    private static final class StepRow extends Row<SequenceEnrollmentStep> {
        @Nullable
        String type;

        @Nullable
        Integer stepNumber;

        @Nullable
        StepEnrollment enrollment;

        @Nullable
        BulkEmailMessage email;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "type" -> type = optionalString(in, name);
                case "step_number" -> stepNumber = optionalInt(in, name);
                case "enrollment" -> enrollment = new StepEnrollmentReader().read(in);
                case "email_message" -> email = new EmailReader().read(in);
                default -> {
                    return super.field(name, in);
                }
            }
            return true;
        }

        @Override
        SequenceEnrollmentStep build() {
            StepEnrollment of = required(enrollment, "enrollment");
            return SequenceEnrollmentStep.builder()
                    .id(required(id, "id"))
                    .updatedAt(required(updatedAt, "updated_at"))
                    .type(type == null ? null : StepType.of(type))
                    .status(EnrollmentStepStatus.of(required(status, "status")))
                    .isBlocked(isBlocked)
                    .isBounced(isBounced)
                    .isCanceled(isCanceled)
                    .isOptedOut(isOptedOut)
                    .isPaused(isPaused)
                    .isReplied(isReplied)
                    .sequence(required(sequence, "sequence"))
                    .stepNumber(stepNumber)
                    .startedAt(startedAt)
                    .endedAt(endedAt)
                    .enrollmentId(required(of.id, "enrollment.id"))
                    .mailbox(required(of.mailbox, "enrollment.mailbox"))
                    .person(required(of.person, "enrollment.person"))
                    .emailMessage(email)
                    .replyEmailMessage(reply)
                    .rawJson(required(raw, "raw"))
                    .build();
        }
    }

    /** A step row's enrollment: its id, mailbox and person. */
    private static final class StepEnrollment {
        @Nullable
        String id;

        @Nullable
        BulkMailbox mailbox;

        @Nullable
        BulkPerson person;
    }

    private static final class StepEnrollmentReader extends ObjectReader<StepEnrollment> {
        private final StepEnrollment value = new StepEnrollment();

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> value.id = optionalString(in, name);
                case "mailbox" -> value.mailbox = new MailboxReader().read(in);
                case "person" -> value.person = new PersonReader().read(in);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        StepEnrollment build() {
            return value;
        }
    }

    private static final class SequenceReader extends ObjectReader<BulkSequence> {
        @Nullable
        String id;

        @Nullable
        String name;

        @Nullable
        Integer version;

        @Override
        boolean field(String field, JsonReader in) throws IOException {
            switch (field) {
                case "id" -> id = optionalString(in, field);
                case "name" -> name = optionalString(in, field);
                case "version" -> version = optionalInt(in, field);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkSequence build() {
            return BulkSequence.builder()
                    .id(required(id, "id"))
                    .name(name)
                    .version(version)
                    .build();
        }
    }

    private static final class MailboxReader extends ObjectReader<BulkMailbox> {
        @Nullable
        String id;

        @Nullable
        String email;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = optionalString(in, name);
                case "email_address" -> email = optionalString(in, name);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkMailbox build() {
            return BulkMailbox.builder()
                    .id(required(id, "id"))
                    .emailAddress(email)
                    .build();
        }
    }

    private static final class PersonReader extends ObjectReader<BulkPerson> {
        @Nullable
        String id;

        @Nullable
        String email;

        @Nullable
        String firstName;

        @Nullable
        String lastName;

        @Nullable
        String linkedinUrl;

        @Nullable
        BulkCompany company;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = optionalString(in, name);
                case "email" -> email = optionalString(in, name);
                case "first_name" -> firstName = optionalString(in, name);
                case "last_name" -> lastName = optionalString(in, name);
                case "linkedin_url" -> linkedinUrl = optionalString(in, name);
                case "company" -> company = new CompanyReader().read(in);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkPerson build() {
            return BulkPerson.builder()
                    .id(required(id, "id"))
                    .email(required(email, "email"))
                    .firstName(firstName)
                    .lastName(lastName)
                    .linkedinUrl(linkedinUrl)
                    .company(company)
                    .build();
        }
    }

    private static final class CompanyReader extends ObjectReader<BulkCompany> {
        @Nullable
        String id;

        @Nullable
        String name;

        @Nullable
        String domain;

        @Nullable
        String linkedinUrl;

        @Override
        boolean field(String field, JsonReader in) throws IOException {
            switch (field) {
                case "id" -> id = optionalString(in, field);
                case "name" -> name = optionalString(in, field);
                case "domain" -> domain = optionalString(in, field);
                case "linkedin_url" -> linkedinUrl = optionalString(in, field);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkCompany build() {
            return BulkCompany.builder()
                    .id(required(id, "id"))
                    .name(name)
                    .domain(required(domain, "domain"))
                    .linkedinUrl(linkedinUrl)
                    .build();
        }
    }

    private static final class PlayReader extends ObjectReader<BulkPlay> {
        @Nullable
        String id;

        @Nullable
        String name;

        @Override
        boolean field(String field, JsonReader in) throws IOException {
            switch (field) {
                case "id" -> id = optionalString(in, field);
                case "name" -> name = optionalString(in, field);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkPlay build() {
            return BulkPlay.builder()
                    .id(required(id, "id"))
                    .name(required(name, "name"))
                    .build();
        }
    }

    private static final class EmailReader extends ObjectReader<BulkEmailMessage> {
        @Nullable
        String id;

        @Nullable
        String subject;

        @Nullable
        OffsetDateTime sentAt;

        @Nullable
        String from;

        boolean isBounced;
        boolean isOptedOut;
        int clicks;
        int opens;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = optionalString(in, name);
                case "subject" -> subject = optionalString(in, name);
                case "sent_at" -> sentAt = optionalTimestamp(in, name);
                case "from_email_address" -> from = optionalString(in, name);
                case "is_bounced" -> isBounced = boolOrFalse(in, name);
                case "is_opted_out" -> isOptedOut = boolOrFalse(in, name);
                case "clicks" -> clicks = intOrZero(in, name);
                case "opens" -> opens = intOrZero(in, name);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkEmailMessage build() {
            return BulkEmailMessage.builder()
                    .id(required(id, "id"))
                    .subject(subject)
                    .sentAt(sentAt)
                    .fromEmailAddress(from)
                    .isBounced(isBounced)
                    .isOptedOut(isOptedOut)
                    .clicks(clicks)
                    .opens(opens)
                    .build();
        }
    }

    /** A reply is read as a tree by the reader of every reply, {@link ModelMapper#replyMessage}. */
    private static @Nullable ReplyMessage reply(JsonReader in, String field) throws IOException {
        JsonElement value = JsonParser.parseReader(in);
        if (value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonObject()) {
            throw JsonValues.refused(field, "must be an object");
        }
        return ModelMapper.replyMessage(value.getAsJsonObject());
    }

    /** Consumes a JSON {@code null}; the caller then treats the field as absent. */
    private static boolean absent(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return true;
        }
        return false;
    }

    /**
     * @return {@code false} for a JSON {@code null} (consumed), {@code true} when the next value is of {@code kind}
     * @throws JsonParseException naming the field and the rule, for a value of another kind
     */
    private static boolean present(JsonReader in, JsonToken kind, String field, String rule) throws IOException {
        if (absent(in)) {
            return false;
        }
        if (in.peek() != kind) {
            throw JsonValues.refused(field, rule);
        }
        return true;
    }

    /** @return the next value, which must be a JSON string, or {@code null} for a JSON {@code null} */
    private static @Nullable String optionalString(JsonReader in, String field) throws IOException {
        return present(in, JsonToken.STRING, field, "must be a string") ? in.nextString() : null;
    }

    private static @Nullable OffsetDateTime optionalTimestamp(JsonReader in, String field) throws IOException {
        String text = optionalString(in, field);
        return text == null ? null : JsonValues.timestamp(field, text);
    }

    /** A flag the API leaves out or sends as {@code null} is false. */
    private static boolean boolOrFalse(JsonReader in, String field) throws IOException {
        return present(in, JsonToken.BOOLEAN, field, "must be true or false") && in.nextBoolean();
    }

    /** The number's literal text is read exactly: {@link JsonReader#nextInt} would accept a string and coerce. */
    private static @Nullable Integer optionalInt(JsonReader in, String field) throws IOException {
        return present(in, JsonToken.NUMBER, field, "must be a number")
                ? JsonValues.int32(field, in.nextString())
                : null;
    }

    /** A count the API leaves out or sends as {@code null} is 0. */
    private static int intOrZero(JsonReader in, String field) throws IOException {
        Integer value = optionalInt(in, field);
        return value == null ? 0 : value;
    }

    private static <T> T required(@Nullable T value, String field) {
        return ModelMapper.required(value, field);
    }
}
