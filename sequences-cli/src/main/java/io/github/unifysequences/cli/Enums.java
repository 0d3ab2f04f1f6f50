package io.github.unifysequences.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.github.unifysequences.models.ApiEnum;

/** Reads the API's enumerations from the command line, refusing values the API does not know. */
final class Enums {
    private Enums() {
    }

    /**
     * @param values the values as typed, any case
     * @param of the enumeration's {@code of} factory
     * @param option the option's name, for the message
     * @param <E> the enumeration
     * @return the values
     * @throws CliError with the usage exit code for a value the API does not know
     */
    static <E extends ApiEnum<?>> List<E> parse(List<String> values, Function<String, E> of, String option) {
        return values.stream().map(typed -> {
            E value = of.apply(typed.trim().toUpperCase(Locale.ROOT));
            if (!value.isKnown()) {
                throw new CliError(SequencesCli.EXIT_USAGE, "Unknown " + option + " value '" + typed + "'.");
            }
            return value;
        }).toList();
    }
}
