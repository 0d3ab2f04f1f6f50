package io.github.unifysequences.models;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads query-job result rows straight from their text into the domain records, in one pass and without a
 * JSON tree. An export reads millions of rows and most callers never look at a row's raw JSON, so the tree
 * that {@link ModelMapper} reads from would cost more than everything else per row (docs/PERFORMANCE.md,
 * figure 4); each row's {@link RawJson} keeps the text and parses it only when asked.
 *
 * <p>The rules are {@link ModelMapper}'s: a field that is absent or {@code null} is empty (a flag false, a list
 * empty), a required one throws {@link JsonParseException}, unknown fields are skipped, enums keep the raw string.
 * Each JSON object is read by an {@link ObjectReader}: the loop over its fields is written once, each reader says
 * which fields it keeps and what it builds from them.
 */
final class RowReader {

    private RowReader() {
    }

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
            reader.raw = RawJson.parsing(line);
            T value = reader.read(in);
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

        final T read(JsonReader in) throws IOException {
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
        RawJson raw;
        String id;
        String status;
        OffsetDateTime updatedAt;
        OffsetDateTime startedAt;
        OffsetDateTime endedAt;
        boolean isBlocked;
        boolean isBounced;
        boolean isCanceled;
        boolean isOptedOut;
        boolean isPaused;
        boolean isReplied;
        BulkSequence sequence;
        ReplyMessage reply;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = string(in, name);
                case "status" -> status = string(in, name);
                case "updated_at" -> updatedAt = timestamp(in, name);
                case "started_at" -> startedAt = timestamp(in, name);
                case "ended_at" -> endedAt = timestamp(in, name);
                case "is_blocked" -> isBlocked = bool(in, name);
                case "is_bounced" -> isBounced = bool(in, name);
                case "is_canceled" -> isCanceled = bool(in, name);
                case "is_opted_out" -> isOptedOut = bool(in, name);
                case "is_paused" -> isPaused = bool(in, name);
                case "is_replied" -> isReplied = bool(in, name);
                case "sequence" -> sequence = new SequenceReader().read(in);
                case "reply_email_message" -> reply = new ReplyReader().read(in);
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class EnrollmentRow extends Row<SequenceEnrollment> {
        Integer version;
        BulkMailbox mailbox;
        BulkPerson person;
        BulkPlay play;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "version" -> version = integer(in, name);
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
            return new SequenceEnrollment(req(id, "id"), req(updatedAt, "updated_at"),
                    EnrollmentStatus.of(req(status, "status")),
                    isBlocked, isBounced, isCanceled, isOptedOut, isPaused, isReplied,
                    Optional.ofNullable(version), Optional.ofNullable(startedAt), Optional.ofNullable(endedAt),
                    req(sequence, "sequence"), req(mailbox, "mailbox"), req(person, "person"),
                    Optional.ofNullable(play), Optional.ofNullable(reply), raw);
        }
    }

    private static final class StepRow extends Row<SequenceEnrollmentStep> {
        String type;
        Integer stepNumber;
        StepEnrollment enrollment;
        BulkEmailMessage email;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "type" -> type = string(in, name);
                case "step_number" -> stepNumber = integer(in, name);
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
            StepEnrollment of = req(enrollment, "enrollment");
            return new SequenceEnrollmentStep(req(id, "id"), req(updatedAt, "updated_at"),
                    Optional.ofNullable(type).map(StepType::of), EnrollmentStepStatus.of(req(status, "status")),
                    isBlocked, isBounced, isCanceled, isOptedOut, isPaused, isReplied,
                    req(sequence, "sequence"), Optional.ofNullable(stepNumber),
                    Optional.ofNullable(startedAt), Optional.ofNullable(endedAt),
                    req(of.id, "enrollment.id"), req(of.mailbox, "enrollment.mailbox"),
                    req(of.person, "enrollment.person"), Optional.ofNullable(email), Optional.ofNullable(reply), raw);
        }
    }

    /** A step row's enrollment: its id, mailbox and person. */
    private static final class StepEnrollment {
        String id;
        BulkMailbox mailbox;
        BulkPerson person;
    }

    private static final class StepEnrollmentReader extends ObjectReader<StepEnrollment> {
        private final StepEnrollment value = new StepEnrollment();

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> value.id = string(in, name);
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
        String id;
        String name;
        Integer version;

        @Override
        boolean field(String field, JsonReader in) throws IOException {
            switch (field) {
                case "id" -> id = string(in, field);
                case "name" -> name = string(in, field);
                case "version" -> version = integer(in, field);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkSequence build() {
            return new BulkSequence(req(id, "id"), Optional.ofNullable(name), Optional.ofNullable(version));
        }
    }

    private static final class MailboxReader extends ObjectReader<BulkMailbox> {
        String id;
        String email;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = string(in, name);
                case "email_address" -> email = string(in, name);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkMailbox build() {
            return new BulkMailbox(req(id, "id"), Optional.ofNullable(email));
        }
    }

    private static final class PersonReader extends ObjectReader<BulkPerson> {
        String id;
        String email;
        String firstName;
        String lastName;
        String linkedinUrl;
        BulkCompany company;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = string(in, name);
                case "email" -> email = string(in, name);
                case "first_name" -> firstName = string(in, name);
                case "last_name" -> lastName = string(in, name);
                case "linkedin_url" -> linkedinUrl = string(in, name);
                case "company" -> company = new CompanyReader().read(in);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkPerson build() {
            return new BulkPerson(req(id, "id"), req(email, "email"), Optional.ofNullable(firstName),
                    Optional.ofNullable(lastName), Optional.ofNullable(linkedinUrl), Optional.ofNullable(company));
        }
    }

    private static final class CompanyReader extends ObjectReader<BulkCompany> {
        String id;
        String name;
        String domain;
        String linkedinUrl;

        @Override
        boolean field(String field, JsonReader in) throws IOException {
            switch (field) {
                case "id" -> id = string(in, field);
                case "name" -> name = string(in, field);
                case "domain" -> domain = string(in, field);
                case "linkedin_url" -> linkedinUrl = string(in, field);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkCompany build() {
            return new BulkCompany(req(id, "id"), Optional.ofNullable(name), req(domain, "domain"),
                    Optional.ofNullable(linkedinUrl));
        }
    }

    private static final class PlayReader extends ObjectReader<BulkPlay> {
        String id;
        String name;

        @Override
        boolean field(String field, JsonReader in) throws IOException {
            switch (field) {
                case "id" -> id = string(in, field);
                case "name" -> name = string(in, field);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkPlay build() {
            return new BulkPlay(req(id, "id"), req(name, "name"));
        }
    }

    /** A result row's reply carries no receipt time. */
    private static final class ReplyReader extends ObjectReader<ReplyMessage> {
        String id;
        String subject;
        List<ReplyClassification> classifications = List.of();

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = string(in, name);
                case "subject" -> subject = string(in, name);
                case "classifications" -> classifications = classifications(in);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        ReplyMessage build() {
            return new ReplyMessage(id == null ? null : JsonValues.uuid("reply_email_message.id", id), Optional.ofNullable(subject),
                    classifications, Optional.empty());
        }
    }

    private static final class ClassificationReader extends ObjectReader<ReplyClassification> {
        String id;
        String category;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = string(in, name);
                case "category" -> category = string(in, name);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        ReplyClassification build() {
            return new ReplyClassification(JsonValues.uuid("classifications[].id", req(id, "id")),
                    ReplyCategory.of(req(category, "category")));
        }
    }

    private static final class EmailReader extends ObjectReader<BulkEmailMessage> {
        String id;
        String subject;
        OffsetDateTime sentAt;
        String from;
        boolean isBounced;
        boolean isOptedOut;
        Integer clicks;
        Integer opens;

        @Override
        boolean field(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = string(in, name);
                case "subject" -> subject = string(in, name);
                case "sent_at" -> sentAt = timestamp(in, name);
                case "from_email_address" -> from = string(in, name);
                case "is_bounced" -> isBounced = bool(in, name);
                case "is_opted_out" -> isOptedOut = bool(in, name);
                case "clicks" -> clicks = integer(in, name);
                case "opens" -> opens = integer(in, name);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        BulkEmailMessage build() {
            return new BulkEmailMessage(req(id, "id"), Optional.ofNullable(subject), Optional.ofNullable(sentAt),
                    Optional.ofNullable(from), isBounced, isOptedOut, clicks == null ? 0 : clicks, opens == null ? 0 : opens);
        }
    }

    /** A list the API leaves out or sends as {@code null} is empty; the records copy the lists they are given. */
    private static List<ReplyClassification> classifications(JsonReader in) throws IOException {
        if (absent(in)) {
            return List.of();
        }
        List<ReplyClassification> result = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            result.add(req(new ClassificationReader().read(in), "classifications[]"));
        }
        in.endArray();
        return result;
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
    private static String string(JsonReader in, String field) throws IOException {
        return present(in, JsonToken.STRING, field, "must be a string") ? in.nextString() : null;
    }

    private static OffsetDateTime timestamp(JsonReader in, String field) throws IOException {
        String text = string(in, field);
        return text == null ? null : JsonValues.timestamp(field, text);
    }

    /** A flag the API leaves out or sends as {@code null} is false. */
    private static boolean bool(JsonReader in, String field) throws IOException {
        return present(in, JsonToken.BOOLEAN, field, "must be true or false") && in.nextBoolean();
    }

    /** The number's literal text is read exactly: {@link JsonReader#nextInt} would accept a string and coerce. */
    private static Integer integer(JsonReader in, String field) throws IOException {
        return present(in, JsonToken.NUMBER, field, "must be a number") ? JsonValues.int32(field, in.nextString()) : null;
    }

    private static <T> T req(T value, String field) {
        return ModelMapper.req(value, field);
    }
}
