package org.unionworks.shared.model;

import java.time.OffsetDateTime;

/** Someone else saved the record after the caller loaded it; the caller must reload. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String type, Object id) {
        super("error.concurrentEdit", type + " " + id + " was changed by someone else");
    }

    /** Names who saved in between and when, so the user can talk to them before reloading. */
    public ConcurrentEditException(String type, Object id, String changedBy, OffsetDateTime changedAt) {
        super("error.concurrentEdit.by", type + " " + id + " was changed by " + changedBy,
                changedBy == null ? "?" : changedBy, changedAt == null ? "?" : java.util.Date.from(changedAt.toInstant()));
    }
}
