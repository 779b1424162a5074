package org.unionworks.web.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.unionworks.registry.application.SocialOrgView;
import org.unionworks.registry.application.SocialOrganizationService;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/** Employer pickers: suggestions, and the submitted id resolved within what the caller may name. */
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
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("error.notFound"), null));
        }
    }

    /** Suggestions for an employer picker: active organisations the caller may name. */
    public List<SocialOrgView> complete(String query) {
        return socialOrgs.employerOptions(query);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SocialOrgView value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
