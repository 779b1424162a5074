package org.unionworks.reports;

/**
 * A report could not be loaded, filled or exported. Unchecked because callers cannot recover
 * from a broken template or a failed export other than by reporting the error.
 */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
