package org.unionworks.organization.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionCode.Level;
import org.unionworks.organization.model.DivisionEntry;

/**
 * The 2023 extract shipped in reference/gbt2260: every provincial-level unit and the whole of
 * Jiangxi (11 prefecture-level cities; 100 county-level units: 27 districts, 12 county-level
 * cities, 61 counties, as the province reports them for 2023).
 */
class ShippedDivisionCatalogueTest {

    static final String RESOURCE = "/reference/gbt2260/2023.txt";

    private static List<DivisionEntry> entries;
    private static Map<String, DivisionEntry> byCode;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ShippedDivisionCatalogueTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is not on the classpath");
            entries = DivisionCatalogueParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        byCode = entries.stream().collect(Collectors.toMap(e -> e.code().value(), Function.identity()));
    }

    private static List<DivisionEntry> jiangxi(Level level) {
        return entries.stream()
                .filter(e -> e.code().value().startsWith("36") && e.level() == level)
                .toList();
    }

    @Test
    void everyCodeIsValidAndUnique() {
        Set<String> seen = new HashSet<>();
        for (DivisionEntry e : entries) {
            assertTrue(DivisionCode.isValid(e.code().value()), e.code().value());
            assertTrue(seen.add(e.code().value()), "repeated " + e.code());
        }
        assertEquals(145, entries.size());
    }

    @Test
    void allThirtyFourProvincialLevelUnitsAreListed() {
        List<String> provinces = entries.stream().filter(e -> e.level() == Level.PROVINCE)
                .map(e -> e.code().value().substring(0, 2)).toList();
        assertEquals(List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
                "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
                "71", "81", "82"), provinces);
        assertEquals("内蒙古自治区", byCode.get("150000").name());
        assertEquals("新疆维吾尔自治区", byCode.get("650000").name());
        assertEquals("澳门特别行政区", byCode.get("820000").name());
    }

    @Test
    void jiangxiHasElevenCitiesAndOneHundredCountyLevelUnits() {
        assertEquals(List.of("南昌市", "景德镇市", "萍乡市", "九江市", "新余市", "鹰潭市", "赣州市", "吉安市", "宜春市", "抚州市", "上饶市"),
                jiangxi(Level.CITY).stream().map(DivisionEntry::name).toList());
        List<DivisionEntry> counties = jiangxi(Level.COUNTY);
        assertEquals(100, counties.size());
        assertEquals(27, counties.stream().filter(e -> e.name().endsWith("区")).count());
        assertEquals(61, counties.stream().filter(e -> e.name().endsWith("县")).count());
        assertEquals(12, counties.stream().filter(e -> e.name().endsWith("市")).count());
    }

    @Test
    void everyJiangxiCountyHangsUnderItsListedCity() {
        for (DivisionEntry county : jiangxi(Level.COUNTY)) {
            String city = county.code().value().substring(0, 4) + "00";
            assertTrue(byCode.containsKey(city), county.code() + " has no city row");
            assertEquals(DivisionCode.of(city), county.parentCode(), county.code().value());
        }
        Map<String, Long> perCity = jiangxi(Level.COUNTY).stream()
                .collect(Collectors.groupingBy(e -> byCode.get(e.parentCode().value()).name(), Collectors.counting()));
        assertEquals(Map.ofEntries(Map.entry("南昌市", 9L), Map.entry("景德镇市", 4L), Map.entry("萍乡市", 5L),
                Map.entry("九江市", 13L), Map.entry("新余市", 2L), Map.entry("鹰潭市", 3L), Map.entry("赣州市", 18L),
                Map.entry("吉安市", 13L), Map.entry("宜春市", 10L), Map.entry("抚州市", 11L), Map.entry("上饶市", 12L)), perCity);
    }

    @Test
    void recentChangesInJiangxiAreThere() {
        // 2016 星子县 → 庐山市; 2017 九江县 → 柴桑区; 2018 余江县 → 余江区; 2019 新建 absorbs 湾里, 红谷滩区 set up;
        // 2019 上饶县 → 广信区; 2020 龙南县 → 龙南市
        assertEquals("庐山市", byCode.get("360483").name());
        assertEquals("柴桑区", byCode.get("360404").name());
        assertEquals("余江区", byCode.get("360603").name());
        assertEquals("红谷滩区", byCode.get("360113").name());
        assertEquals("广信区", byCode.get("361104").name());
        assertEquals("龙南市", byCode.get("360783").name());
        for (String abolished : List.of("360105", "360421", "360427", "360622", "360727", "361121", "361029")) {
            assertTrue(!byCode.containsKey(abolished), abolished + " no longer exists in 2023");
        }
    }
}
