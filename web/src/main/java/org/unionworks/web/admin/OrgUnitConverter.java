package org.unionworks.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/**
 * Org unit ↔ id for pickers; a submitted id outside the caller's scope does not convert.
 * A CDI bean referenced as {@code converter="#{orgUnitConverter}"} so that its service is injected; its
 * {@link #complete} feeds the pickers' suggestions.
 */
@Named
@ApplicationScoped
public class OrgUnitConverter implements Converter<OrgUnitView> {

    @Inject
    OrgUnitService orgUnits;

    @Override
    public OrgUnitView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return orgUnits.get(Long.parseLong(value));
        } catch (NumberFormatException | DomainException e) {
            throw new ConverterException(new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, Messages.text("error.notFound"), null));
        }
    }

    /** Suggestions for an org unit picker: units of the caller's subtree whose name contains the text. */
    public List<OrgUnitView> complete(String query) {
        return orgUnits.list(new OrgUnitFilter(query, null, null), PageRequest.first(20)).items();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrgUnitView value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
