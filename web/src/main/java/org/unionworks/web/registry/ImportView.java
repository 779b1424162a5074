package org.unionworks.web.registry;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.unionworks.imports.application.ImportIssueView;
import org.unionworks.imports.application.ImportJobView;
import org.unionworks.imports.application.ImportService;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.shared.application.ErrorTexts;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.LocaleView;
import org.unionworks.web.shell.Messages;

/**
 * The workbook import page, for each {@link ImportKind} (view parameter {@code kind}): template and sample
 * downloads, the upload, then the job as its background passes move it along (the page polls while one runs), its
 * first errors, the commit and the error report.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int SHOWN_ISSUE_ROWS = 50;
    private static final int RECENT_JOBS = 20;

    @Inject
    transient ImportService imports;

    @Inject
    LocaleView locale;

    private transient UploadedFile file;
    private ImportKind kind = ImportKind.PROFESSIONALS;
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private Long jobId;
    private ImportJobView job;
    private List<ImportIssueView> issues = List.of();
    private List<ImportJobView> recent = List.of();

    /** View action: what the kind parameter asked for, or the job of the job parameter (which has its kind). */
    public void open() {
        if (jobId != null) {
            try {
                ImportJobView opened = imports.job(jobId);
                kind = opened.kind();
                show(opened);
            } catch (DomainException e) {
                jobId = null;
                Messages.error(e);
            }
        }
        recent = imports.recent(kind, RECENT_JOBS);
    }

    public void upload() {
        if (file == null || file.getSize() == 0 && (file.getFileName() == null || file.getFileName().isBlank())) {
            Messages.error("import.chooseFile");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            show(imports.upload(kind, file.getFileName(), file.getSize(), content, mode, locale.getLocale()));
            recent = imports.recent(kind, RECENT_JOBS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DomainException e) {
            Messages.error(e);
        } finally {
            file = null;
        }
    }

    /** Called by the poll while a pass runs. */
    public void refresh() {
        if (job != null) {
            show(imports.job(job.id()));
            if (!job.running()) {
                recent = imports.recent(kind, RECENT_JOBS);
            }
        }
    }

    public void commit() {
        try {
            show(imports.commit(job.id(), job.version(), mode));
        } catch (DomainException e) {
            Messages.error(e);
            refresh();
        } catch (EJBException e) {
            Messages.invalid(e);
        }
    }

    public void cancel() {
        try {
            show(imports.cancel(job.id(), job.version()));
            recent = imports.recent(kind, RECENT_JOBS);
        } catch (DomainException e) {
            Messages.error(e);
            refresh();
        }
    }

    private void show(ImportJobView current) {
        this.job = current;
        this.jobId = current.id();
        this.mode = current.mode();
        this.issues = current.running() ? List.of() : imports.firstIssues(current.id(), SHOWN_ISSUE_ROWS, locale.getLocale());
    }

    /** Why a file was refused or a commit failed, in the reader's language. */
    public String getOutcomeMessage() {
        if (job == null || job.messageKey() == null) {
            return null;
        }
        return ErrorTexts.formatStored(locale.getLocale(), job.messageKey(), job.messageArgs());
    }

    public int getPercent() {
        return job == null ? 0 : job.percent();
    }

    /** A text of the page that depends on what is imported: {@code <key>.<KIND>} in the messages bundle. */
    public String text(String key) {
        return Messages.text(key + "." + kind.name());
    }

    public StreamedContent getTemplate() {
        ImportKind of = kind;
        return xlsx(text("import.templateFileName") + ".xlsx", out -> imports.writeTemplate(of, locale.getLocale(), out));
    }

    public StreamedContent getSample() {
        ImportKind of = kind;
        return xlsx(text("import.sampleFileName") + ".xlsx", out -> imports.writeSample(of, locale.getLocale(), out));
    }

    public StreamedContent getErrorReport() {
        long id = job.id();
        return xlsx(text("import.errorReportFileName") + "-" + id + "-" + LocalDate.now() + ".xlsx",
                out -> imports.writeErrorReport(id, locale.getLocale(), out));
    }

    /** Writes a workbook straight to the response. */
    @FunctionalInterface
    private interface Writing {
        void to(java.io.OutputStream out) throws IOException;
    }

    private static StreamedContent xlsx(String name, Writing writing) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(XLSX)
                .writer(out -> {
                    try {
                        writing.to(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind == null ? ImportKind.PROFESSIONALS : kind;
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }

    public ImportJobView getJob() {
        return job;
    }

    public List<ImportIssueView> getIssues() {
        return issues;
    }

    public List<ImportJobView> getRecent() {
        return recent;
    }
}
