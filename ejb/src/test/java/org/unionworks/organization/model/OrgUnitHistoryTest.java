package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.unionworks.shared.application.BundleFiles;
import org.unionworks.shared.model.DomainException;

/** Effective dating of names and covered numbers, merger and dissolution of org units. */
class OrgUnitHistoryTest {

    private static final LocalDate FOUNDED = LocalDate.of(2018, 3, 1);

    private final OrgUnit city = OrgUnit.root(OrgUnitType.PROVINCE, "江西省总工会", DivisionCode.of("360000"))
            .foundChild(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"), null);
    private final OrgUnit county = city.foundChild(OrgUnitType.COUNTY, "东湖区总工会", DivisionCode.of("360102"), null);

    private OrgUnit street(String name, long workers) {
        OrgUnit street = county.foundChild(OrgUnitType.STREET, name, DivisionCode.of("360102"), workers)
                .coveringEnterprises(40L).foundedOn(FOUNDED);
        street.recordFounding("official");
        return street;
    }

    private static void assertRefused(String messageKey, Executable change) {
        DomainException e = assertThrows(DomainException.class, change);
        assertEquals(messageKey, e.messageKey());
    }

    @Test
    void anAmendmentOpensANewStateAndTheOldValuesStayAsOfEarlierDays() {
        OrgUnit street = street("公园街道工会", 3_000);
        Set<String> changed = street.amend("公园街道总工会", 4_200L, 40L, LocalDate.of(2022, 7, 1), "official2");

        assertEquals(Set.of("name", "coveredWorkers"), changed);
        assertEquals("公园街道总工会", street.getName());
        assertEquals(4_200L, street.getCoveredWorkers());
        OrgUnitState before = street.stateOn(LocalDate.of(2022, 6, 30)).orElseThrow();
        assertEquals("公园街道工会", before.getName());
        assertEquals(3_000L, before.getCoveredWorkers());
        assertEquals(LocalDate.of(2022, 7, 1), before.getValidTo());
        OrgUnitState after = street.stateOn(LocalDate.of(2022, 7, 1)).orElseThrow();
        assertEquals("公园街道总工会", after.getName());
        assertEquals(OrgUnitChange.AMENDED, after.getChange());
        assertEquals("official2", after.getRecordedBy());
        assertTrue(after.isOpen());
        assertTrue(street.stateOn(FOUNDED.minusDays(1)).isEmpty(), "nothing before the founding date");
        assertEquals(List.of(OrgUnitChange.FOUNDED, OrgUnitChange.AMENDED),
                street.history().stream().map(OrgUnitState::getChange).toList());
    }

    @Test
    void aChangeOfNothingRecordsNothing() {
        OrgUnit street = street("公园街道工会", 3_000);
        assertEquals(Set.of(), street.amend(" 公园街道工会 ", 3_000L, 40L, LocalDate.of(2022, 7, 1), "x"));
        assertEquals(1, street.history().size());
    }

    @Test
    void aSecondChangeOnTheSameDayCorrectsThatDaysState() {
        OrgUnit street = street("公园街道工会", 3_000);
        street.amend("公园街道工会", 3_100L, 40L, LocalDate.of(2023, 1, 1), "a");
        street.amend("公园街道工会", 3_150L, 41L, LocalDate.of(2023, 1, 1), "b");
        assertEquals(2, street.history().size());
        assertEquals(3_150L, street.stateOn(LocalDate.of(2023, 1, 1)).orElseThrow().getCoveredWorkers());
        assertEquals("b", street.history().get(1).getRecordedBy());
    }

    @Test
    void historyIsNeverRewrittenNorWrittenAhead() {
        OrgUnit street = street("公园街道工会", 3_000);
        street.amend("公园街道工会", 3_100L, 40L, LocalDate.of(2023, 1, 1), "a");
        assertRefused("organization.effectiveDate.beforeLatest",
                () -> street.amend("公园街道工会", 2_900L, 40L, LocalDate.of(2022, 12, 31), "a"));
        assertRefused("organization.effectiveDate.beforeFounding",
                () -> street.amend("公园街道工会", 2_900L, 40L, FOUNDED.minusDays(1), "a"));
        assertRefused("organization.effectiveDate.future",
                () -> street.amend("公园街道工会", 2_900L, 40L, LocalDate.now().plusDays(1), "a"));
        assertRefused("organization.effectiveDate.beforeFounding",
                () -> street.amend("公园街道工会", 2_900L, 40L, null, "a"));
        assertRefused("organization.coveredEnterprises.negative",
                () -> street.amend("公园街道工会", 2_900L, -1L, LocalDate.of(2024, 1, 1), "a"));
        assertEquals(3_100L, street.getCoveredWorkers(), "a refused change leaves the unit as it was");
    }

    @Test
    void aUnitFromBeforeEffectiveDatingGetsItsFoundingStateOnItsFirstChange() {
        OrgUnit legacy = county.foundChild(OrgUnitType.STREET, "百花洲街道工会", DivisionCode.of("360102"), 5_000L);
        assertEquals(1, legacy.history().size(), "made up from the unit's fields");
        assertNull(legacy.history().get(0).getRecordedBy());

        legacy.amend("百花洲街道工会", 5_500L, null, LocalDate.of(2020, 1, 1), "official");
        assertEquals(5_000L, legacy.stateOn(LocalDate.of(2019, 12, 31)).orElseThrow().getCoveredWorkers());
        assertEquals(5_500L, legacy.stateOn(LocalDate.of(2020, 1, 1)).orElseThrow().getCoveredWorkers());
    }

    @Test
    void aMergedUnitEndsWithAStateThatNamesItsSuccessorAndCoversNobody() {
        OrgUnit merged = street("公园街道工会", 3_000);
        OrgUnit successor = street("滕王阁街道工会", 5_000);
        merged.mergeInto(successor, LocalDate.of(2024, 1, 1), new Occupancy(0, 2, 3, 1), "official");

        assertSame(successor, merged.getSuccessor());
        assertEquals(LocalDate.of(2024, 1, 1), merged.getValidTo());
        assertTrue(merged.isActiveOn(LocalDate.of(2023, 12, 31)));
        assertFalse(merged.isActiveOn(LocalDate.of(2024, 1, 1)));
        assertEquals(3_000L, merged.stateOn(LocalDate.of(2023, 12, 31)).orElseThrow().getCoveredWorkers());
        OrgUnitState end = merged.stateOn(LocalDate.of(2024, 1, 1)).orElseThrow();
        assertEquals(OrgUnitChange.MERGED, end.getChange());
        assertTrue(end.getChange().isEnd());
        assertSame(successor, end.getSuccessor());
        assertNull(end.getCoveredWorkers());
        assertNull(merged.getCoveredWorkers(), "today the successor covers its workers");
        assertNull(merged.getCoveredEnterprises());
        assertRefused("organization.alreadyEnded",
                () -> merged.amend("新名称", 1L, 1L, LocalDate.of(2024, 2, 1), "x"));
        assertRefused("organization.alreadyEnded", () -> merged.dissolve(LocalDate.of(2025, 1, 1), Occupancy.NONE, "x"));
    }

    @Test
    void aUnitWithActiveChildrenCannotBeMerged() {
        OrgUnit merged = street("公园街道工会", 3_000);
        OrgUnit successor = street("滕王阁街道工会", 5_000);
        DomainException e = assertThrows(DomainException.class,
                () -> merged.mergeInto(successor, LocalDate.of(2024, 1, 1), new Occupancy(2, 0, 0, 0), "x"));
        assertEquals("organization.merge.activeChildren", e.messageKey());
        assertEquals(List.of("公园街道工会", 2L), List.of(e.arguments()));
        assertNull(merged.getValidTo());
    }

    @Test
    void aMergerNeedsALiveTargetOfTheSameKindAndADateAfterTheLastChange() {
        OrgUnit merged = street("公园街道工会", 3_000);
        OrgUnit ended = street("滕王阁街道工会", 5_000);
        ended.dissolve(LocalDate.of(2022, 1, 1), Occupancy.NONE, "x");
        assertRefused("organization.merge.targetDissolved",
                () -> merged.mergeInto(ended, LocalDate.of(2023, 1, 1), Occupancy.NONE, "x"));
        assertRefused("organization.merge.invalidTarget",
                () -> merged.mergeInto(county, LocalDate.of(2023, 1, 1), Occupancy.NONE, "x"));
        assertRefused("organization.merge.invalidTarget",
                () -> merged.mergeInto(merged, LocalDate.of(2023, 1, 1), Occupancy.NONE, "x"));

        OrgUnit successor = street("八一广场街道工会", 4_000);
        merged.amend("公园街道工会", 3_300L, 40L, LocalDate.of(2023, 5, 1), "x");
        assertRefused("organization.effectiveDate.beforeLatest",
                () -> merged.mergeInto(successor, LocalDate.of(2023, 5, 1), Occupancy.NONE, "x"));
        assertRefused("organization.effectiveDate.future",
                () -> merged.mergeInto(successor, LocalDate.now().plusDays(1), Occupancy.NONE, "x"));
    }

    @Test
    void dissolutionIsRefusedWhileAnythingStillHangsOnTheUnitAndSaysWhat() {
        OrgUnit street = street("公园街道工会", 3_000);
        DomainException e = assertThrows(DomainException.class,
                () -> street.dissolve(LocalDate.of(2024, 1, 1), new Occupancy(1, 2, 3, 4), "x"));
        assertEquals("organization.dissolve.occupied", e.messageKey());
        assertEquals(List.of("公园街道工会", 1L, 2L, 3L, 4L), List.of(e.arguments()));
        BundleFiles.assertErrorDefined(e.messageKey());
        for (Occupancy one : List.of(new Occupancy(1, 0, 0, 0), new Occupancy(0, 1, 0, 0), new Occupancy(0, 0, 1, 0),
                new Occupancy(0, 0, 0, 1))) {
            assertRefused("organization.dissolve.occupied", () -> street.dissolve(LocalDate.of(2024, 1, 1), one, "x"));
        }
        assertNull(street.getValidTo());

        street.dissolve(LocalDate.of(2024, 1, 1), Occupancy.NONE, "official");
        assertEquals(OrgUnitChange.DISSOLVED, street.stateOn(LocalDate.now()).orElseThrow().getChange());
        assertNull(street.getSuccessor());
    }

    @Test
    void aNewUnitCannotBeFoundedUnderAnEndedParentNorInTheFuture() {
        OrgUnit street = street("公园街道工会", 3_000);
        street.dissolve(LocalDate.of(2024, 1, 1), Occupancy.NONE, "x");
        assertRefused("organization.parent.ended", () -> street.foundChild(OrgUnitType.COMMUNITY, "某社区工会",
                DivisionCode.of("360102"), null).foundedOn(LocalDate.of(2024, 1, 1)));
        street.foundChild(OrgUnitType.COMMUNITY, "旧社区工会", DivisionCode.of("360102"), null)
                .foundedOn(LocalDate.of(2023, 12, 31));
        assertRefused("organization.effectiveDate.future", () -> county.foundChild(OrgUnitType.STREET, "新街道工会",
                DivisionCode.of("360102"), null).foundedOn(LocalDate.now().plusDays(1)));
    }

    private static Set<String> renumber(OrgUnit unit, String code, List<OrgUnit> children, LocalDate effectiveOn) {
        return unit.amend(unit.getName(), DivisionCode.of(code), children, unit.getCoveredWorkers(),
                unit.getCoveredEnterprises(), effectiveOn, "official2");
    }

    @Test
    void aNewDivisionCodeKeepsTheUnitInsideItsParentAndAroundItsChildren() {
        OrgUnit nanchang = city;
        OrgUnit street = street("公园街道工会", 3_000);
        LocalDate day = LocalDate.of(2024, 6, 1);
        assertRefused("organization.divisionCode.childOutside",
                () -> renumber(county, "360103", List.of(street), day));
        street.dissolve(LocalDate.of(2024, 1, 1), Occupancy.NONE, "x");
        assertEquals(Set.of("divisionCode"), renumber(county, "360103", List.of(street), day),
                "an ended child is history");
        assertEquals(Set.of(), renumber(county, "360103", List.of(), day));
        assertRefused("organization.divisionCode.outsideParent", () -> renumber(county, "360402", List.of(), day));
        assertRefused("organization.divisionCode.levelMismatch", () -> renumber(nanchang, "360102", List.of(), day));
        assertEquals(DivisionCode.of("360103"), county.getDivisionCode());
    }

    @Test
    void aRenumberedAreaKeepsItsOldCodeForTheDaysBefore() {
        LocalDate renumbered = LocalDate.of(2023, 1, 1);
        assertEquals(Set.of("divisionCode", "name"), county.amend("东湖区总工会（新）", DivisionCode.of("360103"),
                List.of(), null, null, renumbered, "official2"));
        assertEquals(DivisionCode.of("360102"), county.stateOn(renumbered.minusDays(1)).orElseThrow().getDivisionCode());
        assertEquals(DivisionCode.of("360103"), county.stateOn(renumbered).orElseThrow().getDivisionCode());
        assertEquals(DivisionCode.of("360103"), county.getDivisionCode());
        assertRefused("organization.effectiveDate.beforeLatest", () -> county.amend("东湖区总工会（新）",
                DivisionCode.of("360102"), List.of(), null, null, renumbered.minusDays(1), "x"));
        county.dissolve(LocalDate.of(2024, 1, 1), Occupancy.NONE, "x");
        assertEquals(DivisionCode.of("360103"), county.history().get(county.history().size() - 1).getDivisionCode(),
                "the end state names the code the unit had");
    }

    @Test
    void enterprisesAreSetOnlyBeforeTheHistoryStarts() {
        OrgUnit street = street("公园街道工会", 3_000);
        assertThrows(IllegalStateException.class, () -> street.coveringEnterprises(5L));
        assertThrows(IllegalStateException.class, () -> street.recordFounding("x"));
    }
}
