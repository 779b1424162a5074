package org.unionworks.shared.infrastructure;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every row of a long result read in two steps: the keys in order through a cursor (the database filters and orders
 * narrow index entries), then the wide rows a batch of keys at a time, by primary key. One statement over the joined
 * rows made H2 join and sort every wide row before the first left it (docs/benchmarks.md).
 */
public final class KeyBatches {

    /** Keys per statement: large enough to amortise the statement, small enough for an IN list. */
    public static final int SIZE = 1_000;

    private KeyBatches() {
    }

    /**
     * The rows of the keys, batch by batch, in the keys' order as {@code rows} returns them; closing the stream closes
     * the keys' cursor.
     */
    public static <T> Stream<T> of(Stream<?> keys, Function<List<Object>, List<T>> rows) {
        Iterator<?> keyIterator = keys.iterator();
        Iterator<List<T>> batches = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return keyIterator.hasNext();
            }

            @Override
            public List<T> next() {
                List<Object> batch = new ArrayList<>(SIZE);
                while (batch.size() < SIZE && keyIterator.hasNext()) {
                    batch.add(keyIterator.next());
                }
                return rows.apply(batch);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .flatMap(List::stream).onClose(keys::close);
    }
}
