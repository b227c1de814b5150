package org.reactions.stance;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An unmodifiable list made on its first read, for what a run mostly never reads: the evidence of each statement
 * (only {@code explain} reads it) and the target candidates of a statement whose labels take no target.
 */
final class LazyList<T> extends AbstractList<T> {
    private Supplier<List<T>> maker;
    private List<T> made;

    private LazyList(Supplier<List<T>> maker) {
        this.maker = maker;
    }

    static <T> List<T> of(Supplier<List<T>> maker) {
        return new LazyList<>(maker);
    }

    /** A list as given when it is lazy, else an unmodifiable copy: what records of this package keep. */
    static <T> List<T> kept(List<T> list) {
        return list instanceof LazyList ? list : List.copyOf(list);
    }

    private synchronized List<T> made() {
        if (made == null) {
            made = List.copyOf(maker.get());
            maker = null; // what the list was made from is no longer needed
        }
        return made;
    }

    @Override
    public T get(int index) {
        return made().get(index);
    }

    @Override
    public int size() {
        return made().size();
    }
}
