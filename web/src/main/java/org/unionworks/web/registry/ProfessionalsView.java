package org.unionworks.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.unionworks.registry.application.ProfessionalExportRequest;
import org.unionworks.registry.application.ProfessionalExportService;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.reports.ReportFormat;
import org.unionworks.security.model.RevealReason;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.LocaleView;
import org.unionworks.web.shell.Messages;

/**
 * The professionals list: a lazy table whose paging, sorting, filtering and counting all run
 * in SQL through {@link ProfessionalService}; filters live in {@link RegistrySearchState}. The
 * list as shown (filter and sort, every page) downloads as XLSX or PDF.
 */
@Named
@ViewScoped
public class ProfessionalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProfessionalService professionals;

    @Inject
    RegistrySearchState state;

    @Inject
    transient ProfessionalExportService exports;

    @Inject
    LocaleView locale;

    private LazyDataModel<ProfessionalListItem> model;
    private String fullResidentId;
    private String sortField;
    private boolean ascending = true;
    // the export toolbar: full values only for the personal-data role, and only with a purpose
    private boolean fullValues;
    private RevealReason exportReason;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                ProfessionalFilter filter = filter();
                return filter == null ? 0 : (int) professionals.count(filter);
            }

            @Override
            public List<ProfessionalListItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                   Map<String, FilterMeta> filterBy) {
                ProfessionalFilter filter = filter();
                if (filter == null) {
                    return List.of();
                }
                SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
                // remembered for the exports, which must list the rows in the order the table shows them
                sortField = sort == null ? null : sort.getField();
                ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
                return professionals.search(filter, new PageRequest(first, pageSize, sortField, ascending)).items();
            }

            @Override
            public String getRowKey(ProfessionalListItem item) {
                return String.valueOf(item.id());
            }

        };
    }

    private ProfessionalFilter filter() {
        try {
            return state.toFilter();
        } catch (DomainException e) {
            // e.g. a malformed last-four: say so and show nothing rather than everything
            Messages.error(e);
            return null;
        }
    }

    public void clear() {
        state.clear();
    }

    /** Opens the record with this full ID number, if it is in the caller's scope. */
    public String findByResidentId() {
        try {
            Optional<Long> id = professionals.findIdByResidentId(fullResidentId);
            fullResidentId = null;
            if (id.isEmpty()) {
                Messages.error("registry.find.notFound");
                return null;
            }
            return "/registry/professional?faces-redirect=true&id=" + id.get();
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public StreamedContent getXlsx() {
        return export(ReportFormat.XLSX);
    }

    public StreamedContent getPdf() {
        return export(ReportFormat.PDF);
    }

    /**
     * Every row of the list as filtered and sorted on screen, streamed to the response. Null (no
     * download, the page shows why) when the filter is malformed, full values lack a purpose or a PDF
     * would be larger than a filing may be.
     */
    private StreamedContent export(ReportFormat format) {
        ProfessionalFilter filter = filter();
        if (filter == null) {
            return null;
        }
        if (fullValues && exportReason == null) {
            Messages.error("registry.export.reasonRequired");
            return null;
        }
        ProfessionalExportRequest request = new ProfessionalExportRequest(filter, sortField, ascending, format,
                locale.getLocale());
        RevealReason reason = fullValues ? exportReason : null;
        try {
            // a PDF over the filing limit is refused here, where the page can say so, not halfway through a download
            exports.checkSize(request);
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
        return DefaultStreamedContent.builder()
                .name(Messages.text("registry.export.fileName") + "-" + LocalDate.now() + "." + format.fileExtension())
                .contentType(format.contentType())
                .writer(out -> {
                    if (reason == null) {
                        exports.export(request, out);
                    } else {
                        exports.exportWithFullValues(request, reason, out);
                    }
                })
                .build();
    }

    public LazyDataModel<ProfessionalListItem> getModel() {
        return model;
    }

    public RegistrySearchState getState() {
        return state;
    }

    public String getFullResidentId() {
        return fullResidentId;
    }

    public void setFullResidentId(String fullResidentId) {
        this.fullResidentId = fullResidentId;
    }

    public List<EmploymentMode> getEmploymentModes() {
        return Arrays.asList(EmploymentMode.values());
    }

    public List<ProfessionalStatus> getStatuses() {
        return Arrays.asList(ProfessionalStatus.values());
    }

    public List<EducationLevel> getEducationCategories() {
        return Arrays.stream(EducationLevel.values()).filter(EducationLevel::isCategory).toList();
    }

    public List<ServiceField> getServiceFields() {
        return Arrays.asList(ServiceField.values());
    }

    public List<ProfessionalCategory> getCategories() {
        return Arrays.asList(ProfessionalCategory.values());
    }

    public List<RevealReason> getExportReasons() {
        return Arrays.asList(RevealReason.values());
    }

    public boolean isFullValues() {
        return fullValues;
    }

    public void setFullValues(boolean fullValues) {
        this.fullValues = fullValues;
    }

    public RevealReason getExportReason() {
        return exportReason;
    }

    public void setExportReason(RevealReason exportReason) {
        this.exportReason = exportReason;
    }
}
