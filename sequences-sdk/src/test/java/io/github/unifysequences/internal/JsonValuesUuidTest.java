package io.github.unifysequences.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonValues#isUuid} accepts exactly the canonical form the SDK documents for a UUID field: 8-4-4-4-12 ASCII
 * hexadecimal digits, either case. The contract is written here as the regular expression that states it; the
 * hand-written check must agree with it on every string tried.
 */
class JsonValuesUuidTest {
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Each kind of character a mutation may put anywhere: the hex digits' neighbours, non-ASCII digits, a brace. */
    private static final String CHARACTERS = "0123456789abcdefABCDEF-gG/:@`{}+ \u0660\u0966\uff10\uff41\u00e9";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2",
                "A8B35494-E82E-4A0C-9B8F-0B80C5B5D8F2",
                "00000000-0000-0000-0000-000000000000",
                "ffffffff-FFFF-ffff-FFFF-ffffffffffff"
            })
    void acceptsTheCanonicalFormInEitherCase(String text) {
        assertThat(JsonValues.isUuid(text)).isTrue();
        assertThat(JsonValues.uuid("id", text)).isEqualTo(UUID.fromString(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1-2-3-4-5",
                "a8b35494e82e4a0c9b8f0b80c5b5d8f2",
                "{a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2}",
                "a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f",
                "a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2a",
                "a8b35494-e82e-4a0c-9b8f0-b80c5b5d8f2",
                "a8b35494-e82e-4a0c-9b8g-0b80c5b5d8f2",
                "\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660-e82e-4a0c-9b8f-0b80c5b5d8f2",
                "+8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2",
                "a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f\n"
            })
    void refusesEverythingElse(String text) {
        assertThat(JsonValues.isUuid(text)).isFalse();
    }

    @Test
    void agreesWithTheContractOnMutationsOfTheCanonicalForm() {
        Random random = new Random(20261201);
        String canonical = "a8b35494-e82e-4a0c-9b8f-0b80c5b5d8f2";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(canonical);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                char c = CHARACTERS.charAt(random.nextInt(CHARACTERS.length()));
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> text.setCharAt(Math.min(at, text.length() - 1), c);
                    default -> text.deleteCharAt(Math.min(at, text.length() - 1));
                }
            }
            String candidate = text.toString();
            assertThat(JsonValues.isUuid(candidate))
                    .as(candidate)
                    .isEqualTo(CANONICAL.matcher(candidate).matches());
        }
    }
}
