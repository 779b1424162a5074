package org.unionworks.web.api;

/** A count as JSON: {@code {"count": 125}}. */
public record CountResponse(long count) {
}
