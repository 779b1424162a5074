package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code @RolesAllowed} needs compile-time strings; this keeps {@link Roles} and {@link Role} in step. */
class RolesTest {

    private static Set<Field> constants() {
        return Arrays.stream(Roles.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                        && Modifier.isFinal(f.getModifiers()) && f.getType() == String.class)
                .collect(Collectors.toSet());
    }

    @Test
    void everyRoleHasAConstantOfTheSameNameAndViceVersa() {
        Set<String> enumNames = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> constantNames = constants().stream().map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(constantNames.isEmpty());
        assertEquals(enumNames, constantNames);
    }

    @Test
    void everyConstantHoldsItsOwnName() throws IllegalAccessException {
        for (Field f : constants()) {
            assertEquals(f.getName(), f.get(null), f.getName());
            assertEquals(f.getName(), Role.valueOf((String) f.get(null)).name());
        }
    }
}
