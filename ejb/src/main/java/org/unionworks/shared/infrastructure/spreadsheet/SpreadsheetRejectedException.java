package org.unionworks.shared.infrastructure.spreadsheet;

import org.unionworks.shared.model.DomainException;

/**
 * An uploaded workbook that is refused as a whole: unreadable, dangerous or not the expected template.
 * The message key names the reason in the errors bundle, so the clerk learns what to fix before uploading again.
 */
public final class SpreadsheetRejectedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SpreadsheetRejectedException(String messageKey, String developerMessage, Object... arguments) {
        super(messageKey, developerMessage, arguments);
    }

    /** The cause is kept for the log: the clerk sees the key, the developer sees what POI or the zip reader said. */
    public SpreadsheetRejectedException(Throwable cause, String messageKey, String developerMessage,
            Object... arguments) {
        super(messageKey, developerMessage, arguments);
        initCause(cause);
    }
}
