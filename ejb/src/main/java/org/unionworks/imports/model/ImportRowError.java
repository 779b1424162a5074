package org.unionworks.imports.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A row of an import job that cannot be imported, kept for the error report: the cells as uploaded (personal
 * data cells sealed) and the issues, both as JSON written by the application layer.
 */
@Entity
@Table(name = "import_row_error")
public class ImportRowError {

    @Id
    @SequenceGenerator(name = "import_row_error_seq", sequenceName = "import_row_error_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_row_error_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id", nullable = false, updatable = false)
    private ImportJob job;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int rowNumber;

    @Lob
    @Column(nullable = false, updatable = false)
    private String cells;

    @Column(nullable = false, length = 4000, updatable = false)
    private String issues;

    protected ImportRowError() {
        // for JPA
    }

    public ImportRowError(ImportJob job, int rowNumber, String cells, String issues) {
        this.job = Objects.requireNonNull(job, "job");
        this.rowNumber = rowNumber;
        this.cells = Objects.requireNonNull(cells, "cells");
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    public Long getId() {
        return id;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getCells() {
        return cells;
    }

    public String getIssues() {
        return issues;
    }
}
