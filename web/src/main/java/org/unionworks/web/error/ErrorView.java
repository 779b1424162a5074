package org.unionworks.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionworks.web.security.RequestCorrelation;

/**
 * Shows the correlation id on error pages so support can find the log lines; never a stack
 * trace. The failure itself is logged here under that id.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private String correlationId;

    public String getCorrelationId() {
        if (correlationId == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest();
            correlationId = RequestCorrelation.idOf(request);
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure instanceof Throwable t) {
                LOG.log(Level.SEVERE, "request failed, correlation id " + correlationId + ", uri "
                        + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
            }
        }
        return correlationId;
    }
}
