package io.github.unifysequences.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The items of a page as the SDK read them: an immutable list in which an item that could not be read throws
 * (an {@link io.github.unifysequences.errors.UnreadableItemException}) when it is reached, instead of costing the
 * rest of the page. {@code get} of the other items, and iteration past the bad one (its iterator has moved on
 * when it throws), work as usual. {@link Page#items()} and {@link ResultsPage#items()} return this type.
 *
 * @param <T> the item type
 */
public final class ItemList<T> extends AbstractList<T> implements RandomAccess {
    /** Each slot holds an item, or the {@link Unreadable} that stands for it. */
    private final Object[] slots;

    private ItemList(Object[] slots) {
        this.slots = slots;
    }

    /**
     * Reads every source into an item; a source that {@code read} fails on becomes the exception {@code unreadable}
     * makes of it, thrown whenever that item is reached.
     *
     * @param sources the items as received, in order
     * @param read reads one item
     * @param unreadable makes the exception for the item at an index, given the failure
     * @param <S> the source type
     * @param <T> the item type
     * @return the items
     */
    public static <S, T> ItemList<T> read(List<S> sources, Function<? super S, ? extends T> read, Failure unreadable) {
        Object[] slots = new Object[sources.size()];
        for (int i = 0; i < slots.length; i++) {
            try {
                slots[i] = read.apply(sources.get(i));
            } catch (RuntimeException e) {
                slots[i] = new Unreadable(i, e, unreadable);
            }
        }
        return new ItemList<>(slots);
    }

    /** Makes the exception that stands for an unreadable item. */
    @FunctionalInterface
    public interface Failure {
        /**
         * @param index the item's position, from 0
         * @param cause why it could not be read
         * @return the exception to throw when the item is reached
         */
        RuntimeException exception(int index, RuntimeException cause);
    }

    /** Stands for an unreadable item; a fresh exception is made each time it is reached, with that caller's stack. */
    private record Unreadable(int index, RuntimeException cause, Failure failure) {
        RuntimeException exception() {
            return failure.exception(index, cause);
        }
    }

    /**
     * @throws io.github.unifysequences.errors.UnreadableItemException if the item could not be read
     */
    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Object slot = slots[index];
        if (slot instanceof Unreadable unreadable) {
            throw unreadable.exception();
        }
        return (T) slot;
    }

    @Override
    public int size() {
        return slots.length;
    }

    /** Moves past an item before reading it, so iteration can go on after an unreadable one. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < slots.length;
            }

            @Override
            public T next() {
                if (next >= slots.length) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    /** Lists the items, an unreadable one as {@code <unreadable>}, so that printing a page does not throw. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < slots.length; i++) {
            text.append(i == 0 ? "" : ", ").append(slots[i] instanceof Unreadable ? "<unreadable>" : slots[i]);
        }
        return text.append(']').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemList<?> that ? Arrays.equals(slots, that.slots) : super.equals(other);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots);
    }
}
