package org.unionworks.shared.infrastructure;

import jakarta.persistence.Query;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultSetConcurrency;
import org.eclipse.persistence.config.ResultSetType;
import org.eclipse.persistence.queries.ScrollableCursor;

/**
 * Query results read one row at a time through a forward-only, read-only database cursor.
 * JPA's {@code getResultStream()} is no substitute: EclipseLink 4 implements it as
 * {@code getResultList().stream()}, which holds the whole result in memory. Forward-only also
 * matters on PostgreSQL and Oracle, whose drivers cache a scrollable result on the client.
 * Meant for projections (constructor or scalar queries): entities read this way would still
 * pile up in the persistence context.
 */
public final class CursorStreams {

    /** Rows per round trip (Oracle's driver fetches 10 by default; PostgreSQL's all of them). */
    private static final int FETCH_SIZE = 500;

    private CursorStreams() {
    }

    /** The query's rows in order; closing the stream closes the cursor, so use it in try-with-resources. */
    public static Stream<Object> of(Query query) {
        query.setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE)
                .setHint(QueryHints.RESULT_SET_TYPE, ResultSetType.ForwardOnly)
                .setHint(QueryHints.RESULT_SET_CONCURRENCY, ResultSetConcurrency.ReadOnly)
                .setHint(QueryHints.JDBC_FETCH_SIZE, FETCH_SIZE);
        ScrollableCursor cursor = (ScrollableCursor) query.getSingleResult();
        @SuppressWarnings("unchecked")
        Iterator<Object> rows = cursor;
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(cursor::close);
    }
}
