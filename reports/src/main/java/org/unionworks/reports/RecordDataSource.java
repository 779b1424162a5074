package org.unionworks.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds Java records to a report, field name = record component name.
 *
 * <p>JasperReports' bean data sources go through JavaBeans introspection, which only knows
 * {@code getX()} accessors and therefore sees no properties on a record.
 */
final class RecordDataSource implements JRDataSource {

    private final Iterator<?> rows;
    // one fill reads the same few components of the same class for every row
    private final Map<Class<?>, Map<String, Method>> accessors = new HashMap<>();
    private Object current;

    RecordDataSource(Iterable<?> rows) {
        this(rows.iterator());
    }

    /** Reads the rows once, as the fill asks for them: a streamed query result is never held whole. */
    RecordDataSource(Iterator<?> rows) {
        this.rows = rows;
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            current = null;
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        if (!(current instanceof Record row)) {
            throw new JRException("Row is not a record: "
                    + (current == null ? "null" : current.getClass().getName()));
        }
        Method accessor = accessorsOf(row.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("Report field '" + field.getName() + "' has no component in "
                    + row.getClass().getName() + "; components: " + accessorsOf(row.getClass()).keySet());
        }
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read component '" + field.getName() + "' of "
                    + row.getClass().getName(), e);
        }
    }

    private Map<String, Method> accessorsOf(Class<?> recordClass) {
        return accessors.computeIfAbsent(recordClass, type -> Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, component -> {
                    Method accessor = component.getAccessor();
                    // records declared inside a caller's class (e.g. a private nested record) are not public
                    accessor.trySetAccessible();
                    return accessor;
                })));
    }
}
