package org.unionworks.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.unionworks.certification.application.CertificationService;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.CertificationRow;
import org.unionworks.web.shell.ServiceListModel;

/**
 * The certification worklists: who must register, whose registration expires or lapsed, and the title-linkage
 * mismatches, each counted and paged in SQL over the caller's scope.
 */
@Named
@ViewScoped
public class CertificationListsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificationService certification;

    private CertificationList list = CertificationList.ELIGIBLE_NOT_APPOINTED;
    private String name;
    private ServiceListModel<CertificationRow> model;

    @PostConstruct
    void init() {
        model = new ServiceListModel<>(() -> certification.count(list, name),
                page -> certification.list(list, name, page).items(), CertificationRow::professionalId);
    }

    public List<CertificationList> getLists() {
        return Arrays.asList(CertificationList.values());
    }

    /** The list's length, for its button. */
    public long count(CertificationList l) {
        return certification.count(l, name);
    }

    public boolean isRegistrationList() {
        return list.linkage() == null;
    }

    public CertificationList getList() {
        return list;
    }

    public void setList(CertificationList list) {
        this.list = list == null ? CertificationList.ELIGIBLE_NOT_APPOINTED : list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceListModel<CertificationRow> getModel() {
        return model;
    }
}
