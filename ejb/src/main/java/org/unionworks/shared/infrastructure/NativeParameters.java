package org.unionworks.shared.infrastructure;

import jakarta.persistence.Query;
import java.util.List;

/** Binds the values of a native statement written with numbered placeholders {@code ?1, ?2, ...} in list order. */
public final class NativeParameters {

    private NativeParameters() {
    }

    public static Query bind(Query q, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        return q;
    }
}
