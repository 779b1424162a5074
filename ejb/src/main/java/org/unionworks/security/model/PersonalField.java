package org.unionworks.security.model;

/**
 * Personal data stored encrypted with a blind index (PIPL art. 51). The name is bound into
 * each ciphertext and index, so renaming a constant makes stored values unreadable: add, never
 * rename.
 */
public enum PersonalField {
    RESIDENT_ID,
    PHONE;

    public String labelKey() {
        return "personalField." + name();
    }
}
