package io.github.unifysequences.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a pager's iteration is, as a cursor to resume from: the cursor of the page that holds the item handed out
 * last. Resuming there hands that item out again, and those before it on its page, so a crash while the item was
 * being handled loses nothing (at least once). Before any item, it is the first page's cursor.
 */
final class PagerPosition {
    private volatile @Nullable String cursor;

    PagerPosition(Page<?> first) {
        this.cursor = first.cursor().orElse(null);
    }

    /** Called before an item at {@code index} of {@code page} is handed out; only a page's first item moves it. */
    void handingOut(Page<?> page, int index) {
        if (index == 0) {
            cursor = page.cursor().orElse(null);
        }
    }

    Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }
}
