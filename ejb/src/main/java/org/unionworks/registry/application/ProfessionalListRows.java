package org.unionworks.registry.application;

import java.util.ResourceBundle;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.reports.ProfessionalListRow;

/** List items as export rows: domain values as labels in the reader's language. */
final class ProfessionalListRows {

    private final ResourceBundle labels;

    ProfessionalListRows(ResourceBundle labels) {
        this.labels = labels;
    }

    /** The row with the given ID and phone values: masked ones, or full ones the caller may export. */
    ProfessionalListRow row(ProfessionalListItem p, String residentId, String phone) {
        return new ProfessionalListRow(p.fullName(), residentId, label(p.gender().labelKey()),
                p.birthDate() == null ? null : p.birthDate().getYear(), phone, p.orgUnitName(), p.postTitle(),
                p.serviceField() == null ? null : label(p.serviceField().labelKey()),
                label(p.employmentMode().labelKey()), p.employerName(), label(p.education().labelKey()),
                label(p.category().labelKey()), label(p.status().labelKey()), p.joinedOn(), p.leftOn());
    }

    ProfessionalListRow masked(ProfessionalListItem p) {
        return row(p, p.residentIdMasked(), p.phoneMasked());
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
