package org.unionworks.imports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.shared.model.DomainException;

class ImportJobTest {

    private final OrgUnit city = OrgUnit.root(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"));

    private ImportJob job(ImportMode mode) {
        return ImportJob.received(ImportKind.PROFESSIONALS, "C:\\Users\\clerk\\名册.xlsx",
                "0f8fad5b-d9cb-469f-a165-70867728950e", "ab".repeat(32), 1234, mode, city, Locale.CHINESE, "official");
    }

    @Test
    void aNewJobIsBeingCheckedAndKeepsOnlyTheFileNameTheBrowserSent() {
        ImportJob job = job(ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.VALIDATING, job.getStatus());
        assertEquals("名册.xlsx", job.getFileName());
        assertEquals(city.getPath(), job.getPath());
        assertEquals(Locale.CHINESE, job.getLocale());
    }

    @Test
    void allOrNothingRefusesACommitWhileRowsAreInErrorValidRowsOnlyGoesAhead() {
        ImportJob job = job(ImportMode.ALL_OR_NOTHING);
        job.validated(new ImportCounts(5, 1, 4, 0, 0));

        DomainException refused = assertThrows(DomainException.class, () -> job.beginCommit("official"));
        assertEquals("import.commit.hasErrors", refused.messageKey());
        assertEquals(ImportStatus.VALIDATED, job.getStatus());

        job.changeMode(ImportMode.VALID_ROWS_ONLY);
        job.beginCommit("official2");
        assertEquals(ImportStatus.COMMITTING, job.getStatus());
        assertEquals("official2", job.getCommittedBy());
        assertEquals(0, job.getProcessedRows(), "the commit's progress starts from nothing");
    }

    @Test
    void aFileWithNothingNewOrChangedHasNothingToCommit() {
        ImportJob job = job(ImportMode.ALL_OR_NOTHING);
        job.validated(new ImportCounts(3, 0, 0, 0, 3));
        assertEquals("import.commit.nothingToWrite",
                assertThrows(DomainException.class, () -> job.beginCommit("official")).messageKey());
    }

    @Test
    void aRefusedFileKeepsItsReasonAndAllowsNothingMore() {
        ImportJob job = job(ImportMode.ALL_OR_NOTHING);
        job.reject("import.file.tooManyRows", 200000);
        assertEquals(ImportStatus.REJECTED, job.getStatus());
        assertEquals("import.file.tooManyRows", job.getMessageKey());
        assertEquals(List.of("200000"), job.getMessageArgs());
        assertEquals(ImportCounts.none(), job.counts());
        assertEquals("import.job.state", assertThrows(DomainException.class, () -> job.beginCommit("x")).messageKey());
        assertEquals("import.job.state", assertThrows(DomainException.class, () -> job.cancel("x")).messageKey());
    }

    @Test
    void onlyACheckedJobCanBeWithdrawnAndACommittedOneIsFinal() {
        ImportJob running = job(ImportMode.ALL_OR_NOTHING);
        assertThrows(DomainException.class, () -> running.cancel("import.job.withdrawn"));

        ImportJob job = job(ImportMode.ALL_OR_NOTHING);
        job.validated(new ImportCounts(2, 0, 2, 0, 0));
        job.beginCommit("official");
        job.committed(new ImportCounts(2, 0, 2, 0, 0));
        assertEquals(ImportStatus.COMMITTED, job.getStatus());
        assertNull(job.getMessageKey());
        assertThrows(DomainException.class, () -> job.failed("import.job.unexpected"));
        assertThrows(DomainException.class, () -> job.changeMode(ImportMode.VALID_ROWS_ONLY));
    }

    @Test
    void countsMustAddUp() {
        assertThrows(IllegalArgumentException.class, () -> new ImportCounts(5, 1, 1, 1, 1));
        assertEquals(3, new ImportCounts(5, 2, 1, 1, 1).valid());
        assertEquals(2, new ImportCounts(5, 2, 1, 1, 1).writes());
    }
}
