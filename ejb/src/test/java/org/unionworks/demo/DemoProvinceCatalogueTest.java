package org.unionworks.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.infrastructure.DivisionCatalogueParser;
import org.unionworks.organization.model.DivisionEntry;

/** The demo province uses real divisions: every code and name must be those of the shipped 2023 list. */
class DemoProvinceCatalogueTest {

    private static Map<String, String> catalogue() throws IOException {
        try (InputStream in = DemoProvinceCatalogueTest.class.getResourceAsStream("/reference/gbt2260/2023.txt")) {
            assertNotNull(in);
            return DivisionCatalogueParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).stream()
                    .collect(Collectors.toMap(e -> e.code().value(), DivisionEntry::name));
        }
    }

    @Test
    void everyDemoDivisionIsInTheCatalogueUnderItsOwnName() throws IOException {
        Map<String, String> catalogue = catalogue();
        List<String> mismatches = new ArrayList<>();
        check(catalogue, DemoProvince.PROVINCE_CODE, DemoProvince.PROVINCE_NAME, mismatches);
        int districts = 0;
        for (DemoProvince.City city : DemoProvince.CITIES) {
            check(catalogue, city.code(), city.name(), mismatches);
            for (DemoProvince.District district : city.districts()) {
                check(catalogue, district.code(), district.name(), mismatches);
                districts++;
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(26, districts, "the check above covered every district");
    }

    private static void check(Map<String, String> catalogue, String code, String name, List<String> mismatches) {
        if (!name.equals(catalogue.get(code))) {
            mismatches.add(code + " " + name + " (catalogue: " + catalogue.get(code) + ")");
        }
    }
}
