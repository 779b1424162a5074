package org.unionworks.imports.application;

/**
 * A column of an import template; kinds list theirs as an enum, in sheet order. Titles are
 * {@code <keyPrefix>.column.<NAME>} and hints {@code <keyPrefix>.hint.<NAME>} in the labels bundle.
 */
public interface ImportColumn {

    /** The enum constant's name (enums provide it). */
    String name();

    /** The enum constant's position (enums provide it). */
    int ordinal();

    /** Where the kind's texts live in the labels bundle, e.g. {@code roster}. */
    String keyPrefix();

    /** Every row must have a value here. */
    boolean required();

    /** Digits that must stay text in Excel (no scientific notation, no lost leading zeros or final X). */
    boolean text();

    /** Position in the sheet, from 0. */
    default int index() {
        return ordinal();
    }

    /** The column title in the labels bundle. */
    default String labelKey() {
        return keyPrefix() + ".column." + name();
    }

    /** What the column takes, for the instructions sheet, in the labels bundle. */
    default String hintKey() {
        return keyPrefix() + ".hint." + name();
    }
}
