package org.unionworks.registry.model;

/**
 * A list row with the stored cipher texts of the person's ID and phone numbers, for an export
 * with full values by someone who may see them. Still nothing in clear: decrypting is the
 * caller's audited act. {@code phoneCipher} is null when no phone number is on record.
 */
public record SealedListItem(ProfessionalListItem item, String residentIdCipher, String phoneCipher) {

    @Override
    public String toString() {
        return "SealedListItem[" + item.id() + "]";
    }
}
