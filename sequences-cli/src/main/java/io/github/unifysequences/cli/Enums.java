package io.github.unifysequences.cli;

import io.github.unifysequences.models.ApiEnum;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the API's enumerations from the command line. The API may know values newer than this CLI, so a value it does
 * not know is sent as typed (upper case, as the API writes them) after a warning listing the values it knows; the API
 * has the last word (issue #11: send what the API may accept).
 */
final class Enums {
    private Enums() {}

    /**
     * @param values the values as typed, any case
     * @param of the enumeration's {@code of} factory
     * @param option the option's name, for the warning
     * @param warnings where a warning about an unknown value goes (stderr)
     * @param <E> the enumeration
     * @return the values
     */
    static <E extends ApiEnum<?>> List<E> parse(
            List<String> values, Function<String, E> of, String option, PrintWriter warnings) {
        return values.stream()
                .map(typed -> {
                    E value = of.apply(typed.trim().toUpperCase(Locale.ROOT));
                    if (!value.isKnown()) {
                        warnings.println("warning: " + option + " " + value.asString()
                                + " is not a value this CLI knows (" + known(value) + "); sending it as is.");
                        warnings.flush();
                    }
                    return value;
                })
                .toList();
    }

    /** @return the values this CLI knows for the enumeration of a value, comma-separated */
    private static String known(ApiEnum<?> value) {
        return Arrays.stream(value.value().getDeclaringClass().getEnumConstants())
                .map(Enum::name)
                .filter(n -> !n.equals("UNKNOWN"))
                .collect(Collectors.joining(", "));
    }
}
