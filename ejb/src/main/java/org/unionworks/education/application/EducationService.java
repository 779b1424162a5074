package org.unionworks.education.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Continuing-education records of the professionals in the caller's scope. */
public interface EducationService {

    EducationView record(@NotNull @Valid EducationForm form);

    /** Oldest first. */
    List<EducationView> activities(long professionalId);

    /** The codes of the configured provincial credit rules, for papers and coursework. */
    List<String> creditRules();
}
