package org.unionworks.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.unionworks.security.application.AuditEntryView;
import org.unionworks.security.application.AuditSearchService;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.shared.application.Labels;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Audit search for the audit administrator; read-only by construction. */
@Named
@ViewScoped
public class AuditSearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    @Inject
    transient AuditSearchService audit;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditAction action;
    private AuditOutcome outcome;
    private LazyDataModel<AuditEntryView> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.count(criteria());
            }

            @Override
            public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
                Page<AuditEntryView> page = audit.search(criteria(), new PageRequest(first, pageSize, null, false));
                return page.items();
            }

            @Override
            public String getRowKey(AuditEntryView entry) {
                return String.valueOf(entry.id());
            }
        };
    }

    private AuditCriteria criteria() {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditCriteria(
                from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                actor, action, outcome);
    }

    /** In the server's zone with the offset shown, so times from different servers stay comparable. */
    public String format(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
    }

    /** The stored, language-neutral detail in the page's language. */
    public String detail(AuditEntryView entry) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return AuditDetail.render(entry.detail(), Labels.bundle(locale));
    }

    public List<AuditAction> getActions() {
        return Arrays.asList(AuditAction.values());
    }

    public List<AuditOutcome> getOutcomes() {
        return Arrays.asList(AuditOutcome.values());
    }

    public LazyDataModel<AuditEntryView> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }
}
