package org.unionworks.web.shell;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Map;

/**
 * A Bean Validation refusal at a service boundary in the bundles' words: the field's label and what its constraint
 * asks, in the page's language. The validator's own text is in the server's language and names the method
 * parameter ("update.arg0.major"), which means nothing to an official.
 */
final class ConstraintMessages {

    /** Looks a key up in the page's bundles; null where there is none. */
    interface Texts {
        String find(String key, Object... args);
    }

    private ConstraintMessages() {
    }

    static String text(ConstraintViolation<?> violation, Texts texts) {
        Object invalid = violation.getInvalidValue();
        return text(leaf(violation.getPropertyPath()),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getConstraintDescriptor().getAttributes(),
                invalid instanceof Collection<?> || invalid instanceof Map<?, ?> || invalid instanceof Object[],
                texts);
    }

    /**
     * @param property   the refused property's name (the last node of the path), or null
     * @param constraint the constraint annotation's simple name
     * @param attributes the constraint's attributes (min and max of a size)
     * @param multiple   whether the value is a collection (a size then counts items, not characters)
     */
    static String text(String property, String constraint, Map<String, Object> attributes, boolean multiple,
                       Texts texts) {
        String field = label(property, texts);
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> texts.find("constraint.required", field);
            case "Size" -> size(field, attributes, multiple, texts);
            case "Pattern" -> texts.find("constraint.pattern", field);
            case "PastOrPresent", "Past" -> texts.find("constraint.pastOrPresent", field);
            case "PositiveOrZero", "Min" -> texts.find("constraint.positiveOrZero", field);
            default -> texts.find("constraint.other", field);
        };
    }

    private static String size(String field, Map<String, Object> attributes, boolean multiple, Texts texts) {
        int min = ((Number) attributes.getOrDefault("min", 0)).intValue();
        int max = ((Number) attributes.getOrDefault("max", Integer.MAX_VALUE)).intValue();
        String unit = multiple ? "items" : "characters";
        if (max == Integer.MAX_VALUE) {
            return texts.find("constraint.size.min." + unit, field, min);
        }
        if (min == 0) {
            return texts.find("constraint.size.max." + unit, field, max);
        }
        return texts.find("constraint.size." + unit, field, min, max);
    }

    /** The field's label: the portal's own, else the registry's (the labels that name changed fields in history). */
    private static String label(String property, Texts texts) {
        if (property != null) {
            String own = texts.find("constraint.field." + property);
            if (own != null) {
                return own;
            }
            String registry = texts.find("field." + property);
            if (registry != null) {
                return registry;
            }
        }
        return texts.find("constraint.field.unknown");
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        // a whole parameter refused (null form) is named arg0, arg1: no field to name
        return name == null || name.matches("arg\\d+") ? null : name;
    }
}
