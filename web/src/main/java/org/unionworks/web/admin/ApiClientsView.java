package org.unionworks.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.unionworks.security.application.ApiClientForm;
import org.unionworks.security.application.ApiClientService;
import org.unionworks.security.application.ApiClientView;
import org.unionworks.security.application.IssuedApiClient;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/**
 * The labour departments' API clients for the security administrator: issue one (the token is shown once, in the
 * dialog, and forgotten when it closes), list them with their state and last use, revoke one.
 */
@Named
@ViewScoped
public class ApiClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiClientService clients;

    private List<ApiClientView> list;
    private String name;
    private String jurisdiction;
    private LocalDate validUntil;
    /** Held only between the create and the closing of the dialog that shows it. */
    private String issuedToken;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = clients.list();
    }

    public void startCreate() {
        name = null;
        jurisdiction = null;
        validUntil = LocalDate.now(ChinaTime.ZONE).plusYears(1);
        issuedToken = null;
    }

    public void create() {
        try {
            IssuedApiClient issued = clients.create(new ApiClientForm(name, jurisdiction, validUntil));
            issuedToken = issued.token();
            Messages.info("apiClients.created", issued.client().name());
            reload();
        } catch (DomainException e) {
            Messages.error(e);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        } catch (EJBException e) {
            Messages.invalid(e);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    /** The dialog closed: the token is gone for good. */
    public void forgetToken() {
        issuedToken = null;
    }

    public void revoke(ApiClientView client) {
        try {
            clients.revoke(client.id());
            Messages.info("apiClients.revoked", client.name());
        } catch (DomainException e) {
            Messages.error(e);
        }
        reload();
    }

    public List<ApiClientView> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public LocalDate getToday() {
        return LocalDate.now(ChinaTime.ZONE);
    }
}
