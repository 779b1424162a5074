package org.unionworks.web.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unionworks.registry.application.SocialOrgView;
import org.unionworks.registry.application.SocialOrganizationService;
import org.unionworks.shared.model.DomainException;

/** Employer pickers submit the id; the service resolves it within what the caller may name. */
@Named
@ApplicationScoped
public class SocialOrgConverter implements Converter<SocialOrgView> {

    @Inject
    SocialOrganizationService socialOrgs;

    @Override
    public SocialOrgView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return socialOrgs.employer(Long.parseLong(value));
        } catch (NumberFormatException | DomainException e) {
            throw new ConverterException("no such employer", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SocialOrgView value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
