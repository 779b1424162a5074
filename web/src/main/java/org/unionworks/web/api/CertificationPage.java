package org.unionworks.web.api;

import java.util.List;

/**
 * A page of the certification report: {@code total} when asked for with {@code total=true}, {@code nextAfter} to
 * pass as {@code after} for the next page (null on the last).
 */
public record CertificationPage(List<CertificationRecord> items, Long total, Long nextAfter) {
}
