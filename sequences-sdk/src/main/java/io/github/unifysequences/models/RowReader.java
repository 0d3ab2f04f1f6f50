package io.github.unifysequences.models;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads query-job result rows straight from their text into the domain records, in one pass and without a
 * JSON tree. An export reads millions of rows and most callers never look at a row's raw JSON, so the tree
 * that {@link ModelMapper} reads from would cost more than everything else per row (docs/PERFORMANCE.md,
 * figure 4); each row's {@link RawJson} keeps the text and parses it only when asked.
 *
 * <p>The rules are {@link ModelMapper}'s: a field that is absent or {@code null} is empty (a flag false, a list
 * empty), a required one throws {@link JsonParseException}, unknown fields are skipped, enums keep the raw string.
 */
final class RowReader {

    private RowReader() {
    }

    static SequenceEnrollment sequenceEnrollment(String line) {
        return read(line, RowReader::sequenceEnrollment);
    }

    static SequenceEnrollmentStep sequenceEnrollmentStep(String line) {
        return read(line, RowReader::sequenceEnrollmentStep);
    }

    private interface Fields<T> {
        T read(JsonReader in, RawJson raw) throws IOException;
    }

    /** One row is one JSON object and nothing after it; otherwise as lenient as {@link com.google.gson.JsonParser}. */
    private static <T> T read(String line, Fields<T> fields) {
        JsonReader in = new JsonReader(new StringReader(line));
        in.setStrictness(Strictness.LENIENT);
        try {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw new JsonParseException("a result row must be a JSON object");
            }
            T row = fields.read(in, RawJson.parsing(line));
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("a result row must be one JSON object, but more follows it");
            }
            return row;
        } catch (JsonParseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }

    private static SequenceEnrollment sequenceEnrollment(JsonReader in, RawJson raw) throws IOException {
        Row row = new Row();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (!row.common(name, in)) {
                switch (name) {
                    case "version" -> row.version = integer(in);
                    case "mailbox" -> row.mailbox = mailbox(in);
                    case "person" -> row.person = person(in);
                    case "enrolled_by_play" -> row.play = play(in);
                    default -> in.skipValue();
                }
            }
        }
        in.endObject();
        return new SequenceEnrollment(req(row.id, "id"), req(row.updatedAt, "updated_at"),
                EnrollmentStatus.of(req(row.status, "status")),
                row.isBlocked, row.isBounced, row.isCanceled, row.isOptedOut, row.isPaused, row.isReplied,
                Optional.ofNullable(row.version), Optional.ofNullable(row.startedAt), Optional.ofNullable(row.endedAt),
                req(row.sequence, "sequence"), req(row.mailbox, "mailbox"), req(row.person, "person"),
                Optional.ofNullable(row.play), Optional.ofNullable(row.reply), raw);
    }

    private static SequenceEnrollmentStep sequenceEnrollmentStep(JsonReader in, RawJson raw) throws IOException {
        Row row = new Row();
        String type = null;
        Integer stepNumber = null;
        StepEnrollment enrollment = null;
        BulkEmailMessage email = null;
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (!row.common(name, in)) {
                switch (name) {
                    case "type" -> type = string(in);
                    case "step_number" -> stepNumber = integer(in);
                    case "enrollment" -> enrollment = stepEnrollment(in);
                    case "email_message" -> email = email(in);
                    default -> in.skipValue();
                }
            }
        }
        in.endObject();
        enrollment = req(enrollment, "enrollment");
        return new SequenceEnrollmentStep(req(row.id, "id"), req(row.updatedAt, "updated_at"),
                Optional.ofNullable(type).map(StepType::of), EnrollmentStepStatus.of(req(row.status, "status")),
                row.isBlocked, row.isBounced, row.isCanceled, row.isOptedOut, row.isPaused, row.isReplied,
                req(row.sequence, "sequence"), Optional.ofNullable(stepNumber),
                Optional.ofNullable(row.startedAt), Optional.ofNullable(row.endedAt),
                req(enrollment.id, "enrollment.id"), req(enrollment.mailbox, "enrollment.mailbox"),
                req(enrollment.person, "enrollment.person"), Optional.ofNullable(email), Optional.ofNullable(row.reply), raw);
    }

    /** A row being read: the fields both kinds share, read by {@link #common}, and those of an enrollment row. */
    private static final class Row {
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
        Integer version;
        BulkSequence sequence;
        BulkMailbox mailbox;
        BulkPerson person;
        BulkPlay play;
        ReplyMessage reply;

        /** @return whether {@code name} was one of the shared fields, now read */
        boolean common(String name, JsonReader in) throws IOException {
            switch (name) {
                case "id" -> id = string(in);
                case "status" -> status = string(in);
                case "updated_at" -> updatedAt = timestamp(in);
                case "started_at" -> startedAt = timestamp(in);
                case "ended_at" -> endedAt = timestamp(in);
                case "is_blocked" -> isBlocked = bool(in);
                case "is_bounced" -> isBounced = bool(in);
                case "is_canceled" -> isCanceled = bool(in);
                case "is_opted_out" -> isOptedOut = bool(in);
                case "is_paused" -> isPaused = bool(in);
                case "is_replied" -> isReplied = bool(in);
                case "sequence" -> sequence = sequence(in);
                case "reply_email_message" -> reply = reply(in);
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private record StepEnrollment(String id, BulkMailbox mailbox, BulkPerson person) {
    }

    private static StepEnrollment stepEnrollment(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        BulkMailbox mailbox = null;
        BulkPerson person = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "mailbox" -> mailbox = mailbox(in);
                case "person" -> person = person(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new StepEnrollment(id, mailbox, person);
    }

    private static BulkSequence sequence(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        String name = null;
        Integer version = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "name" -> name = string(in);
                case "version" -> version = integer(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new BulkSequence(req(id, "id"), Optional.ofNullable(name), Optional.ofNullable(version));
    }

    private static BulkMailbox mailbox(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        String email = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "email_address" -> email = string(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new BulkMailbox(req(id, "id"), Optional.ofNullable(email));
    }

    private static BulkPerson person(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        String email = null;
        String firstName = null;
        String lastName = null;
        String linkedinUrl = null;
        BulkCompany company = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "email" -> email = string(in);
                case "first_name" -> firstName = string(in);
                case "last_name" -> lastName = string(in);
                case "linkedin_url" -> linkedinUrl = string(in);
                case "company" -> company = company(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new BulkPerson(req(id, "id"), req(email, "email"), Optional.ofNullable(firstName),
                Optional.ofNullable(lastName), Optional.ofNullable(linkedinUrl), Optional.ofNullable(company));
    }

    private static BulkCompany company(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        String name = null;
        String domain = null;
        String linkedinUrl = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "name" -> name = string(in);
                case "domain" -> domain = string(in);
                case "linkedin_url" -> linkedinUrl = string(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new BulkCompany(req(id, "id"), Optional.ofNullable(name), req(domain, "domain"),
                Optional.ofNullable(linkedinUrl));
    }

    private static BulkPlay play(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        String name = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "name" -> name = string(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new BulkPlay(req(id, "id"), req(name, "name"));
    }

    /** A result row's reply carries no receipt time. */
    private static ReplyMessage reply(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        String subject = null;
        List<ReplyClassification> classifications = List.of();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "subject" -> subject = string(in);
                case "classifications" -> classifications = classifications(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new ReplyMessage(id == null ? null : UUID.fromString(id), Optional.ofNullable(subject), classifications,
                Optional.empty());
    }

    private static List<ReplyClassification> classifications(JsonReader in) throws IOException {
        if (absent(in)) {
            return List.of();
        }
        List<ReplyClassification> result = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            String id = null;
            String category = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "id" -> id = string(in);
                    case "category" -> category = string(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            result.add(new ReplyClassification(UUID.fromString(req(id, "id")), ReplyCategory.of(req(category, "category"))));
        }
        in.endArray();
        return Collections.unmodifiableList(result);
    }

    private static BulkEmailMessage email(JsonReader in) throws IOException {
        if (absent(in)) {
            return null;
        }
        String id = null;
        String subject = null;
        OffsetDateTime sentAt = null;
        String from = null;
        boolean isBounced = false;
        boolean isOptedOut = false;
        Integer clicks = null;
        Integer opens = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> id = string(in);
                case "subject" -> subject = string(in);
                case "sent_at" -> sentAt = timestamp(in);
                case "from_email_address" -> from = string(in);
                case "is_bounced" -> isBounced = bool(in);
                case "is_opted_out" -> isOptedOut = bool(in);
                case "clicks" -> clicks = integer(in);
                case "opens" -> opens = integer(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new BulkEmailMessage(req(id, "id"), Optional.ofNullable(subject), Optional.ofNullable(sentAt),
                Optional.ofNullable(from), isBounced, isOptedOut, clicks == null ? 0 : clicks, opens == null ? 0 : opens);
    }

    /** Consumes a JSON {@code null}; the caller then treats the field as absent. */
    private static boolean absent(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return true;
        }
        return false;
    }

    private static String string(JsonReader in) throws IOException {
        return absent(in) ? null : in.nextString();
    }

    private static OffsetDateTime timestamp(JsonReader in) throws IOException {
        return absent(in) ? null : IsoTimestamp.parse(in.nextString());
    }

    private static boolean bool(JsonReader in) throws IOException {
        return !absent(in) && in.nextBoolean();
    }

    private static Integer integer(JsonReader in) throws IOException {
        return absent(in) ? null : in.nextInt();
    }

    private static <T> T req(T value, String field) {
        return ModelMapper.req(value, field);
    }
}
