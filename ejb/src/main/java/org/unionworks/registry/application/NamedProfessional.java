package org.unionworks.registry.application;

import org.unionworks.organization.model.OrgScope;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.shared.model.DomainException;

/**
 * The rule for imports that add to a registered professional's record (certificates, training attendance): the ID
 * number must find an active person within the importer's area, and the name on the row must be theirs, so that a
 * mistyped ID never credits someone else.
 */
public final class NamedProfessional {

    private NamedProfessional() {
    }

    /**
     * @param found the person the row's ID number finds anywhere, or null
     * @return the person, when the row may add to their record
     */
    public static Professional require(Professional found, OrgScope scope, String nameOnRow) {
        if (found == null || !scope.contains(found.getPath())) {
            // someone registered elsewhere is as unknown here as someone not registered at all
            throw new DomainException("certificateImport.personUnknown", "no such professional in the scope");
        }
        if (found.getStatus() != ProfessionalStatus.ACTIVE) {
            throw new DomainException("import.row.personLeft", "record says the person left", found.getId());
        }
        if (!found.getFullName().equals(nameOnRow)) {
            throw new DomainException("certificateImport.nameMismatch", "name differs from the record",
                    found.getFullName());
        }
        return found;
    }
}
