package org.unionworks.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.unionworks.web.security.RequestCorrelation;

/** Shows the correlation id on error pages so support can find the log lines; never a stack trace. */
@Named
@RequestScoped
public class ErrorView {

    public String getCorrelationId() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return RequestCorrelation.idOf(request);
    }
}
