package org.unionworks.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.unionworks.shared.application.PageRequest;

/**
 * A lazy DataTable model over a service that pages, sorts and counts in SQL: the table asks for
 * the count and one page at a time, sorted on the column's {@code field}; nothing else is loaded.
 */
public class ServiceListModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The filtered list's length. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** One page of the filtered list. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        List<T> load(PageRequest page);
    }

    /** The row key: a record's id. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        long of(T row);
    }

    private final Counter counter;
    private final Pages<T> pages;
    private final Key<T> key;

    public ServiceListModel(Counter counter, Pages<T> pages, Key<T> key) {
        this.counter = counter;
        this.pages = pages;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return pages.load(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
