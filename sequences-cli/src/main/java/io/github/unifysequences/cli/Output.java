package io.github.unifysequences.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Everything a command prints as its result goes through here, in the format {@code --output} chose: a table for
 * people, a JSON document or one JSON object per line for scripts. JSON is the API's own object ({@code rawJson()}),
 * so fields this CLI does not know yet still come out.
 */
final class Output {

    /** The formats of {@code --output}. */
    enum Format {
        TABLE,
        JSON,
        JSONL
    }

    private static final Gson PRETTY = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .create();
    /** One JSON value per line, nulls kept: the jsonl output and the rows of export files. */
    static final Gson COMPACT =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final PrintWriter out;
    private final PrintWriter err;
    private final Format format;

    Output(PrintWriter out, PrintWriter err, Format format) {
        this.out = out;
        this.err = err;
        this.format = format;
    }

    /** @return this output writing its results to stderr, for commands whose stdout carries data */
    Output onStderr() {
        return new Output(err, err, format);
    }

    Format format() {
        return format;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /**
     * Prints a list while it arrives, fetching (for auto-pagers) only as many items as it shows. Memory stays bounded
     * (a table holds only the rows that size its columns), and once stdout cannot be written (a closed pipe such as
     * {@code | head}, a full disk) no further page is fetched.
     *
     * @param items the items, typically an auto-pager
     * @param view how to show them
     * @param limit the most to show, or null for all
     * @param <T> the kind of item
     * @return how many were shown
     * @throws CliError when stdout cannot be written
     */
    <T> int list(Iterable<T> items, View<T> view, Integer limit) {
        int max = limit == null ? Integer.MAX_VALUE : limit;
        Iterator<T> it = items.iterator();
        int count = 0;
        Table.Streamed table = format == Format.TABLE ? new Table.Streamed(view.headers(), out) : null;
        if (format == Format.JSON) {
            out.print("[");
        }
        // The count and the output are checked before hasNext(), so that neither --limit nor a closed pipe fetches a
        // page.
        while (count < max && written(count) && it.hasNext()) {
            T item = it.next();
            switch (format) {
                case TABLE -> table.add(view.cells(item));
                case JSON ->
                    out.print((count == 0 ? "\n" : ",\n")
                            + indent(PRETTY.toJson(view.json().apply(item))));
                case JSONL -> out.println(COMPACT.toJson(view.json().apply(item)));
            }
            count++;
        }
        switch (format) {
            case TABLE -> {
                table.finish();
                err.println(count + (count == 1 ? " item" : " items"));
            }
            case JSON -> out.println(count == 0 ? "]" : "\n]");
            case JSONL -> {}
        }
        written(count);
        return count;
    }

    /**
     * Flushes stdout and says whether everything so far reached it.
     *
     * @param count items shown so far, for the message
     * @return true
     * @throws CliError once a write failed; PrintWriter keeps write errors to itself until asked
     */
    private boolean written(int count) {
        if (out.checkError()) {
            throw new CliError(
                    SequencesCli.EXIT_ERROR,
                    "stopped after " + count + " items: stdout is closed or full (a pipe"
                            + " reader that quit, a full disk); no further pages were fetched.");
        }
        return true;
    }

    /**
     * Prints one object: as "field  value" lines in a table, else as JSON.
     *
     * @param item the object
     * @param view how to show it
     * @param <T> the kind of object
     */
    <T> void one(T item, View<T> view) {
        if (format == Format.TABLE) {
            List<String[]> pairs = new ArrayList<>();
            view.columns()
                    .forEach(c -> pairs.add(new String[] {c.header(), c.value().apply(item)}));
            out.print(Table.fields(pairs));
        } else {
            json(view.json().apply(item));
        }
        out.flush();
    }

    /**
     * Prints the result of an action: a sentence for people, the API's answer for scripts.
     *
     * @param sentence what happened
     * @param answer the API's answer
     */
    void done(String sentence, JsonObject answer) {
        if (format == Format.TABLE) {
            out.println(sentence);
        } else {
            json(answer);
        }
        out.flush();
    }

    private void json(JsonObject object) {
        out.println(format == Format.JSON ? PRETTY.toJson(object) : COMPACT.toJson(object));
    }

    private static String indent(String json) {
        return "  " + json.replace("\n", "\n  ");
    }
}
