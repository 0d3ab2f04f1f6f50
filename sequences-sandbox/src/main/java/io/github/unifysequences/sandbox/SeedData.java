package io.github.unifysequences.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/** Name lists and the builders of reference entities shared by the seed and the seeding API. */
final class SeedData {
    static final List<String> FIRST = List.of(
            "Ava", "Ben", "Chloe", "Daniel", "Emma", "Felix", "Grace", "Henry", "Isla", "Jack", "Kara", "Liam", "Maya",
            "Noah", "Olivia", "Priya", "Quinn", "Ravi", "Sofia", "Theo", "Uma", "Victor", "Wen", "Xavier", "Yara",
            "Zoe");
    static final List<String> LAST = List.of(
            "Smith", "Lee", "Garcia", "Chen", "Patel", "Kim", "Nguyen", "Brown", "Johnson", "Rossi", "Silva", "Novak",
            "Okafor", "Tanaka", "Haddad", "Larsen");
    static final List<String> COMPANY = List.of(
            "Acme",
            "Globex",
            "Initech",
            "Umbrella",
            "Hooli",
            "Vandelay",
            "Stark",
            "Wayne",
            "Wonka",
            "Tyrell",
            "Cyberdyne",
            "Soylent");
    static final List<String> COMPANY_KIND =
            List.of("Corp", "Labs", "Systems", "Analytics", "Robotics", "Logistics", "Health", "Capital");
    static final List<String> PLAYS = List.of(
            "Website visitors - high intent",
            "Closed-lost revival",
            "New VP Sales hires",
            "Pricing page revisits",
            "Event follow-up");
    static final List<String> SEQUENCES = List.of(
            "Q4 Outbound - VP Sales",
            "Inbound demo follow-up",
            "Champion job change",
            "Enterprise multi-thread",
            "Trial nurture",
            "Partner intro");

    private static final JsonObject TEMPLATES = loadTemplates();

    private SeedData() {}

    private static JsonObject loadTemplates() {
        try (InputStream in = SeedData.class.getResourceAsStream("seed-templates.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a template object (send_schedule / sequence_ruleset) with its own id and timestamps. */
    static JsonObject template(String name, UUID id, long createdAt) {
        JsonObject copy = TEMPLATES.getAsJsonObject(name).deepCopy();
        copy.addProperty("id", id.toString());
        copy.addProperty("created_at", Json.time(createdAt));
        copy.addProperty("updated_at", Json.time(createdAt));
        return copy;
    }

    static String pick(List<String> list, int i) {
        return list.get(Math.floorMod(i, list.size()));
    }

    /** The n-th name of a list, with a number once the list is exhausted, so names stay unique. */
    static String unique(List<String> list, int n) {
        return pick(list, n) + (n < list.size() ? "" : " " + (n / list.size() + 1));
    }

    static Model.Mailbox mailbox(UUID id, UUID userId, int n) {
        String first = pick(FIRST, n);
        String last = pick(LAST, n * 7 + 3);
        String email =
                first.toLowerCase(Locale.ROOT) + (n < FIRST.size() ? "" : String.valueOf(n)) + "@unifygtm-demo.com";
        return new Model.Mailbox(id, email, first + " " + last, new Model.User(userId, email, first, last));
    }

    static Model.Company company(UUID id, int n) {
        int combinations = COMPANY.size() * COMPANY_KIND.size();
        String name = pick(COMPANY, n) + " " + pick(COMPANY_KIND, n / COMPANY.size())
                + (n < combinations ? "" : " " + (n / combinations + 1));
        String slug = name.toLowerCase(Locale.ROOT).replace(" ", "");
        return new Model.Company(
                id,
                name,
                slug + ".com",
                name + " makes things people need.",
                "https://www.linkedin.com/company/" + slug);
    }

    static Model.Person person(SplittableRandom random, UUID id, int n, Model.Company company) {
        String first = pick(FIRST, n);
        String last = random.nextInt(50) == 0 ? null : pick(LAST, n / FIRST.size() + n);
        String domain = company == null ? "example.com" : company.domain();
        String email = first.toLowerCase(Locale.ROOT) + "." + (last == null ? "x" : last.toLowerCase(Locale.ROOT)) + n
                + "@" + domain;
        String linkedin = random.nextInt(20) == 0
                ? null
                : "https://www.linkedin.com/in/" + first.toLowerCase(Locale.ROOT) + "-" + n;
        return new Model.Person(id, email, first, last, linkedin, company);
    }
}
