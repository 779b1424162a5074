package org.unionworks.shared.model;

/** Someone else saved the record after the caller loaded it; the caller must reload. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String type, Object id) {
        super("error.concurrentEdit", type + " " + id + " was changed by someone else");
    }
}
