package org.unionworks.shared.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The columns the JPA mappings of the persistence unit expect, read from the annotations of the
 * classes persistence.xml lists. Field access only (the project's entities annotate fields).
 */
final class MappedColumns {

    /**
     * One mapped column. {@code length} is the JPA length for strings and the longest constant for
     * enums stored as strings, else 0; {@code required} when the mapping says nullable=false.
     */
    record MappedColumn(String owner, String table, String column, int length, boolean required) {
    }

    private static final int JPA_DEFAULT_LENGTH = 255;

    private MappedColumns() {
    }

    static List<MappedColumn> ofPersistenceUnit() {
        List<MappedColumn> columns = new ArrayList<>();
        for (Class<?> entity : entityClasses()) {
            columns.addAll(of(entity));
        }
        return columns;
    }

    private static List<Class<?>> entityClasses() {
        List<Class<?>> entities = new ArrayList<>();
        try (InputStream in = MappedColumns.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/persistence.xml is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList classes = factory.newDocumentBuilder().parse(in).getElementsByTagName("class");
            for (int i = 0; i < classes.getLength(); i++) {
                Class<?> type = Class.forName(classes.item(i).getTextContent().strip());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the persistence unit", e);
        }
        if (entities.isEmpty()) {
            throw new IllegalStateException("persistence.xml lists no entity");
        }
        return entities;
    }

    private static List<MappedColumn> of(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        String tableName = table != null && !table.name().isEmpty() ? table.name() : entity.getSimpleName();
        List<MappedColumn> columns = new ArrayList<>();
        for (Field f : entity.getDeclaredFields()) {
            if (!isPersistent(f)) {
                continue;
            }
            String owner = entity.getSimpleName() + "." + f.getName();
            Column column = f.getAnnotation(Column.class);
            if (f.isAnnotationPresent(ElementCollection.class)) {
                CollectionTable collection = f.getAnnotation(CollectionTable.class);
                if (collection == null || column == null) {
                    throw new IllegalStateException(owner + ": name the collection table and column explicitly");
                }
                for (JoinColumn join : collection.joinColumns()) {
                    columns.add(new MappedColumn(owner, collection.name(), join.name(), 0, true));
                }
                columns.add(new MappedColumn(owner, collection.name(), column.name(), length(f, column), true));
            } else if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
                JoinColumn join = f.getAnnotation(JoinColumn.class);
                if (join == null) {
                    throw new IllegalStateException(owner + ": name the join column explicitly");
                }
                columns.add(new MappedColumn(owner, tableName, join.name(), 0, !join.nullable()));
            } else if (!f.isAnnotationPresent(OneToMany.class)) {
                String name = column != null && !column.name().isEmpty() ? column.name() : f.getName();
                columns.add(new MappedColumn(owner, tableName, name, length(f, column),
                        column != null && !column.nullable()));
            }
        }
        return columns;
    }

    private static boolean isPersistent(Field f) {
        int modifiers = f.getModifiers();
        // static weaving adds _persistence_* bookkeeping fields
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !f.isSynthetic()
                && !f.isAnnotationPresent(Transient.class) && !f.getName().startsWith("_persistence_");
    }

    private static int length(Field f, Column column) {
        Class<?> valueType = f.getType();
        if (Collection.class.isAssignableFrom(valueType) && f.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            valueType = element;
        }
        Enumerated enumerated = f.getAnnotation(Enumerated.class);
        if (valueType.isEnum() && enumerated != null && enumerated.value() == EnumType.STRING) {
            return Arrays.stream(valueType.getEnumConstants()).mapToInt(c -> ((Enum<?>) c).name().length()).max()
                    .orElse(0);
        }
        if (valueType == String.class) {
            return column == null ? JPA_DEFAULT_LENGTH : column.length();
        }
        // a value object stored as text through a converter declares its length explicitly
        return column != null && column.length() != JPA_DEFAULT_LENGTH ? column.length() : 0;
    }
}
