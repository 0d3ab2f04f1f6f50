package io.github.unifysequences.cli;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;

/**
 * How one kind of object is shown: its table columns and its JSON form.
 *
 * @param columns the table columns, in order
 * @param json the object as JSON (for API resources, exactly as the API sent it)
 * @param <T> the kind of object
 */
record View<T>(List<Column<T>> columns, Function<T, JsonObject> json) {

    /**
     * One table column.
     *
     * @param header the column name
     * @param value the cell text of an object
     * @param <T> the kind of object
     */
    record Column<T>(String header, Function<T, String> value) {}

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    List<String> cells(T item) {
        return columns.stream().map(c -> c.value().apply(item)).toList();
    }
}
