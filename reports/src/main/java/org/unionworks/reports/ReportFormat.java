package org.unionworks.reports;

/**
 * Output formats a filing can be rendered to. The content type and extension travel with the
 * format so that download code (servlets, JSF) never hard-codes them.
 */
public enum ReportFormat {

    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String fileExtension;

    ReportFormat(String contentType, String fileExtension) {
        this.contentType = contentType;
        this.fileExtension = fileExtension;
    }

    /** MIME type for the {@code Content-Type} header. */
    public String contentType() {
        return contentType;
    }

    /** File name extension without the leading dot. */
    public String fileExtension() {
        return fileExtension;
    }
}
