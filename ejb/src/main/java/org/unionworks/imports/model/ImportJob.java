package org.unionworks.imports.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;

/**
 * One uploaded workbook (a roster, certificates: see {@link ImportKind}) on its way from dry run to commit (see {@link ImportStatus} for the states). The job
 * belongs to the uploader's organisation: whoever may see that unit may see, commit or withdraw it. Its counts are
 * those of the last pass: the dry run's until a commit finishes, then the commit's.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    private static final int FILE_NAME_MAX = 255;
    private static final int MESSAGE_ARGS_MAX = 1000;
    private static final String ARG_SEPARATOR = "\u001f";

    @Id
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX, updatable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
    private String fileSha256;

    @Column(name = "file_bytes", nullable = false, updatable = false)
    private long fileBytes;

    @Column(name = "upload_key", nullable = false, length = 36, updatable = false)
    private String uploadKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_mode", nullable = false, length = 24)
    private ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit orgUnit;

    @Column(name = "tree_path", nullable = false, length = 1000, updatable = false)
    private String path;

    @Column(name = "locale_tag", nullable = false, length = 16, updatable = false)
    private String localeTag;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "error_rows", nullable = false)
    private int errorRows;

    @Column(name = "new_rows", nullable = false)
    private int newRows;

    @Column(name = "changed_rows", nullable = false)
    private int changedRows;

    @Column(name = "unchanged_rows", nullable = false)
    private int unchangedRows;

    @Column(name = "message_key", length = 100)
    private String messageKey;

    @Column(name = "message_args", length = MESSAGE_ARGS_MAX)
    private String messageArgs;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "committed_by", length = 64)
    private String committedBy;

    @Version
    private long version;

    protected ImportJob() {
        // for JPA
    }

    private ImportJob(ImportKind kind, String fileName, String uploadKey, String fileSha256, long fileBytes,
                      ImportMode mode, OrgUnit orgUnit, Locale locale, String by) {
        this.uploadKey = Objects.requireNonNull(uploadKey, "uploadKey");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = displayName(fileName);
        this.fileSha256 = Objects.requireNonNull(fileSha256, "fileSha256");
        this.fileBytes = fileBytes;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
        this.path = orgUnit.getPath();
        this.localeTag = locale.toLanguageTag();
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = OffsetDateTime.now();
        this.status = ImportStatus.VALIDATING;
    }

    /** A stored upload whose dry run is about to start. */
    public static ImportJob received(ImportKind kind, String fileName, String uploadKey, String fileSha256,
                                     long fileBytes, ImportMode mode, OrgUnit orgUnit, Locale locale, String by) {
        return new ImportJob(kind, fileName, uploadKey, fileSha256, fileBytes, mode, orgUnit, locale, by);
    }

    public void progress(int rows) {
        this.processedRows = Math.max(0, rows);
    }

    /** The dry run read the whole file. */
    public void validated(ImportCounts counts) {
        require(ImportStatus.VALIDATING);
        count(counts);
        this.status = ImportStatus.VALIDATED;
    }

    /** The file as a whole cannot be imported (wrong format, hostile, wrong header, empty): why, in the clerk's terms. */
    public void reject(String key, Object... args) {
        require(ImportStatus.VALIDATING);
        count(ImportCounts.none());
        end(ImportStatus.REJECTED, key, args);
    }

    /** Someone changed the mode between dry run and commit. */
    public void changeMode(ImportMode newMode) {
        require(ImportStatus.VALIDATED);
        this.mode = Objects.requireNonNull(newMode, "newMode");
    }

    /** Starts the commit if the dry run allows it in the chosen mode. */
    public void beginCommit(String by) {
        require(ImportStatus.VALIDATED);
        if (mode == ImportMode.ALL_OR_NOTHING && errorRows > 0) {
            throw new DomainException("import.commit.hasErrors", "all-or-nothing with rows in error", errorRows);
        }
        if (newRows + changedRows == 0) {
            throw new DomainException("import.commit.nothingToWrite", "no new or changed rows");
        }
        this.committedBy = Objects.requireNonNull(by, "by");
        this.processedRows = 0;
        this.status = ImportStatus.COMMITTING;
    }

    public void committed(ImportCounts counts) {
        require(ImportStatus.COMMITTING);
        count(counts);
        end(ImportStatus.COMMITTED, null);
    }

    /** The commit wrote nothing: a row turned invalid since the dry run (all-or-nothing) or the database refused. */
    public void failed(String key, Object... args) {
        if (status != ImportStatus.COMMITTING && status != ImportStatus.VALIDATING) {
            throw illegalState();
        }
        end(ImportStatus.FAILED, key, args);
    }

    /** Withdrawn by a clerk before the commit, or expired. */
    public void cancel(String key) {
        if (status != ImportStatus.VALIDATED) {
            throw illegalState();
        }
        end(ImportStatus.CANCELLED, key);
    }

    private void count(ImportCounts counts) {
        this.totalRows = counts.total();
        this.processedRows = counts.total();
        this.errorRows = counts.errors();
        this.newRows = counts.newRows();
        this.changedRows = counts.changedRows();
        this.unchangedRows = counts.unchangedRows();
    }

    private void end(ImportStatus finalStatus, String key, Object... args) {
        this.status = finalStatus;
        this.messageKey = key;
        this.messageArgs = key == null || args.length == 0 ? null : joined(args);
        this.finishedAt = OffsetDateTime.now();
    }

    private void require(ImportStatus expected) {
        if (status != expected) {
            throw illegalState();
        }
    }

    private DomainException illegalState() {
        return new DomainException("import.job.state", "import job " + id + " is " + status,
                "#" + status.labelKey());
    }

    private static String joined(Object[] args) {
        String joined = Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(ARG_SEPARATOR));
        return joined.length() <= MESSAGE_ARGS_MAX ? joined : joined.substring(0, MESSAGE_ARGS_MAX);
    }

    // the name the browser sent, without any folder part (old browsers send the full path) and cut to the column
    private static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            name = "upload.xlsx";
        }
        return name.length() <= FILE_NAME_MAX ? name : name.substring(name.length() - FILE_NAME_MAX);
    }

    public ImportCounts counts() {
        return new ImportCounts(totalRows, errorRows, newRows, changedRows, unchangedRows);
    }

    public List<String> getMessageArgs() {
        return messageArgs == null ? List.of() : List.of(messageArgs.split(ARG_SEPARATOR, -1));
    }

    public Long getId() {
        return id;
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadKey() {
        return uploadKey;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public long getFileBytes() {
        return fileBytes;
    }

    public ImportMode getMode() {
        return mode;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getPath() {
        return path;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(localeTag);
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getCommittedBy() {
        return committedBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportJob other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ImportJob.class.hashCode();
    }
}
