package org.unionworks.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.SealedValue;
import org.unionworks.security.model.PersonalDataProtector;
import org.unionworks.security.model.PersonalField;

/** Turns validated identity numbers into what the registry stores, and back for a reveal. */
@ApplicationScoped
public class PersonalDataSealer {

    @Inject
    PersonalDataProtector protector;

    public SealedValue seal(ResidentId id) {
        return new SealedValue(protector.encrypt(PersonalField.RESIDENT_ID, id.value()), index(id), id.masked());
    }

    public SealedValue seal(PhoneNumber phone) {
        return phone == null ? null : new SealedValue(protector.encrypt(PersonalField.PHONE, phone.value()),
                protector.blindIndex(PersonalField.PHONE, phone.value()), phone.masked());
    }

    public String index(ResidentId id) {
        return protector.blindIndex(PersonalField.RESIDENT_ID, id.value());
    }

    public String reveal(PersonalField field, String cipherText) {
        return cipherText == null ? null : protector.decrypt(field, cipherText);
    }
}
