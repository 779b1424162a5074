package org.unionworks.registry.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.unionworks.registry.model.SocialOrgStatus;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Worker-service social organisations supervised in the caller's subtree. */
public interface SocialOrganizationService {

    Page<SocialOrgView> list(String nameContains, SocialOrgStatus status, @NotNull PageRequest page);

    long count(String nameContains, SocialOrgStatus status);

    SocialOrgView get(long id);

    SocialOrgView create(@NotNull @Valid SocialOrgForm form);

    SocialOrgView update(@NotNull @Valid SocialOrgForm form);

    /** One organisation the caller may name as employer (see {@link #employerOptions}). */
    SocialOrgView employer(long id);

    /** Active organisations the caller may name as employer of purchased-service staff. */
    List<SocialOrgView> employerOptions(String nameContains);
}
