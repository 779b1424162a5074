package org.unionworks.registry.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionworks.organization.model.CreditCode;

/**
 * The organisations a roster may name, within the importing caller's scope: units by the template's
 * {@code "name #id"} drop-down entry or by a name that is unique in the scope, employers by credit code.
 * Built once per pass from two queries, so rows resolve without a query each.
 */
public final class RosterDirectory {

    private static final Pattern WITH_ID = Pattern.compile("^(.*?)\\s*#(\\d{1,18})$");

    /** A unit cell resolved: an id, or none (unknown / outside the scope), or a name several units share. */
    public record UnitMatch(Long id, boolean ambiguous) {
        static final UnitMatch NONE = new UnitMatch(null, false);
        static final UnitMatch AMBIGUOUS = new UnitMatch(null, true);
    }

    /** An active unit of the scope as the directory needs it. */
    public record Unit(long id, String name) {
    }

    private final Map<Long, String> namesById = new HashMap<>();
    private final Map<String, List<Long>> idsByName = new HashMap<>();
    private final Map<String, Long> employersByCode = new HashMap<>();

    public RosterDirectory(List<Unit> units, Map<CreditCode, Long> employers) {
        for (Unit unit : units) {
            namesById.put(unit.id(), unit.name());
            idsByName.merge(RosterVocabulary.key(unit.name()), List.of(unit.id()),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        employers.forEach((code, id) -> employersByCode.put(code.value(), id));
    }

    /** The drop-down entry for a unit: its name and id, which stays unambiguous when names repeat. */
    public static String entry(Unit unit) {
        return unit.name() + " #" + unit.id();
    }

    public UnitMatch unit(String cell) {
        Matcher withId = WITH_ID.matcher(cell.strip());
        if (withId.matches()) {
            long id = Long.parseLong(withId.group(2));
            return namesById.containsKey(id) ? new UnitMatch(id, false) : UnitMatch.NONE;
        }
        List<Long> ids = idsByName.getOrDefault(RosterVocabulary.key(cell), List.of());
        if (ids.size() > 1) {
            return UnitMatch.AMBIGUOUS;
        }
        return ids.isEmpty() ? UnitMatch.NONE : new UnitMatch(ids.get(0), false);
    }

    public Long employer(CreditCode code) {
        return employersByCode.get(code.value());
    }
}
