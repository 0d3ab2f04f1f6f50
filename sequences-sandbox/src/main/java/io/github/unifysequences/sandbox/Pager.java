package io.github.unifysequences.sandbox;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The one keyset pager behind every list endpoint. Collections are append-only lists ordered by
 * creation (created_at, then insertion order), so a cursor is the index of the last item returned:
 * inserts by other clients land after every existing item and can neither shift nor repeat a page.
 */
final class Pager {
    static final int DEFAULT_LIMIT = 25;

    /** Writes one list item. */
    @FunctionalInterface
    interface ItemWriter<T> {
        void write(JsonWriter w, T item) throws IOException;
    }

    /** A page of items and the cursor for the next one (null when there is none). */
    record Page<T>(List<T> items, String nextCursor) {
        /** The list envelope every list endpoint shares: {@code {<field>: [...], next_cursor}}. */
        Reply reply(String field, ItemWriter<? super T> writer) {
            return Reply.json(200, w -> {
                w.beginObject().name(field).beginArray();
                for (T item : items) {
                    writer.write(w, item);
                }
                w.endArray().name("next_cursor").value(nextCursor).endObject();
            });
        }
    }

    /** The cursor/limit request of a list call, already validated. */
    record Request(String scope, long after, int limit) {}

    private final Cursors cursors;

    Pager(Cursors cursors) {
        this.cursors = cursors;
    }

    /** Reads {@code cursor}/{@code limit} from the query; {@code scope} names the route and its filters. */
    Request request(QueryParams query, String scope, Validation v) {
        Integer limit = v.integer(query.first("limit"), 1, 100, "limit");
        String cursor = query.first("cursor");
        v.throwIfInvalid();
        long after = cursor == null ? -1 : cursors.decode(cursor, scope);
        return new Request(scope, after, limit == null ? DEFAULT_LIMIT : limit);
    }

    /**
     * Scans {@code size} items from just after the cursor position. The caller holds whatever lock
     * makes {@code at} consistent; items are immutable snapshots, rendered after the lock is released.
     */
    <T> Page<T> page(Request request, int size, IntFunction<T> at, Predicate<? super T> filter) {
        List<T> items = new ArrayList<>(Math.min(request.limit(), 128));
        int last = -1;
        for (int i = (int) Math.max(0, request.after() + 1); i < size; i++) {
            T item = at.apply(i);
            if (item == null || !filter.test(item)) {
                continue;
            }
            if (items.size() == request.limit()) {
                return new Page<>(items, cursors.encode(request.scope(), last));
            }
            items.add(item);
            last = i;
        }
        return new Page<>(items, null);
    }
}
