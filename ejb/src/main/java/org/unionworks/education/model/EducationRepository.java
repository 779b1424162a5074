package org.unionworks.education.model;

import java.util.List;
import org.unionworks.registry.model.Professional;

/** A professional's continuing-education records. */
public interface EducationRepository {

    void add(EducationRecord record);

    /** Every record of the professional, oldest first: the degree counts once in a life, so the ledger needs all. */
    List<EducationRecord> recordsOf(Professional professional);
}
