package org.unionworks.imports.application;

/** One issue of one row, rendered in the reader's language: {@code column} is the template's title or null for the whole row. */
public record ImportIssueView(int rowNumber, String column, String message) {
}
