package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.demo.DemoDataSeeder;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.ContainerPersistence;
import org.unionworks.it.support.Identities;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.security.application.ApiClientForm;
import org.unionworks.security.application.ApiClientService;
import org.unionworks.security.application.ApiClientView;
import org.unionworks.security.application.AuditEntryView;
import org.unionworks.security.application.AuditSearchService;
import org.unionworks.security.application.IssuedApiClient;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.DomainException;

/**
 * The labour departments' pull API over real HTTP from inside the server: clients issued by the security
 * administrator, bearer tokens, jurisdictions, revoked and expired tokens, and JSON, CSV and count agreeing.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationApiIT {

    private static final String API = "http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/unionworks/api/v1/";
    private static final String NANCHANG_TOKEN = DemoDataSeeder.DEMO_API_TOKEN;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(CertificationApiIT.class);
    }

    @Inject
    Identities as;

    @Inject
    ApiClientService clients;

    @Inject
    AuditSearchService audit;

    @Resource
    UserTransaction tx;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path, String token, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", accept).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> json(String path, String token) throws Exception {
        return get(path, token, "application/json");
    }

    private static JsonObject body(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private IssuedApiClient issueJiujiang() throws Exception {
        return as.securityAdmin().call(() -> clients.create(new ApiClientForm("九江市人社局（测试）", "360400",
                LocalDate.now().plusDays(30))));
    }

    @Test
    void aDepartmentReadsItsJurisdictionAndNotAnothers() throws Exception {
        IssuedApiClient jiujiang = issueJiujiang();
        assertTrue(jiujiang.token().startsWith("uwk_"));
        ApiClientView listed = as.securityAdmin().call(() -> clients.list()).stream()
                .filter(c -> c.id() == jiujiang.client().id()).findFirst().orElseThrow();
        assertEquals(ApiClientView.State.ACTIVE, listed.state());
        String hint = listed.tokenHint();
        assertTrue(hint.endsWith("…") && jiujiang.token().startsWith(hint.substring(0, hint.length() - 1))
                && hint.length() < 12, "the list shows the first characters of the token, never the token: " + hint);

        JsonObject own = body(json("certifications?limit=500&total=true", jiujiang.token()));
        assertTrue(own.getJsonNumber("total").longValue() > 0, "the demo city has certified people");
        for (JsonValue v : own.getJsonArray("items")) {
            assertTrue(v.asJsonObject().getString("divisionCode").startsWith("3604"), v.toString());
            assertTrue(v.asJsonObject().getString("residentIdMasked").contains("*"), "ID numbers are masked");
        }

        OffsetDateTime beforeRefusal = OffsetDateTime.now().minusSeconds(1);
        HttpResponse<String> foreign = json("certifications?division=360100", jiujiang.token());
        assertEquals(403, foreign.statusCode());
        assertEquals("forbidden", body(foreign).getString("error"));
        assertFalse(foreign.body().contains("items"), "no rows with a refusal");
        String refusal = foreign.headers().firstValue("X-Correlation-Id").orElseThrow();
        List<AuditEntryView> recorded = as.auditAdmin().call(() -> audit.search(new AuditCriteria(beforeRefusal,
                null, null, null, AuditOutcome.DENIED), PageRequest.first(100)).items()).stream()
                .filter(e -> refusal.equals(e.correlationId())).toList();
        assertEquals(List.of(AuditAction.CERTIFICATIONS_PULLED), recorded.stream().map(AuditEntryView::action).toList(),
                "one refusal, one audit row, naming what was asked: " + recorded);
        assertTrue(recorded.get(0).detail().contains("360100"), recorded.get(0).detail());
        assertEquals(403, json("certifications/count?division=360000", jiujiang.token()).statusCode(),
                "the province is wider than the city's jurisdiction");
        assertEquals(200, json("certifications?limit=1&division=360102", NANCHANG_TOKEN).statusCode(),
                "a district of Nanchang's own jurisdiction is fine");
        assertEquals(403, json("certifications?division=360402", NANCHANG_TOKEN).statusCode(),
                "Nanchang's bureau cannot read a Jiujiang district");

        JsonObject nanchang = body(json("certifications?limit=200", NANCHANG_TOKEN));
        for (JsonValue v : nanchang.getJsonArray("items")) {
            assertTrue(v.asJsonObject().getString("divisionCode").startsWith("3601"), v.toString());
        }
    }

    @Test
    void revokedExpiredUnknownAndMalformedTokensAreRefused() throws Exception {
        IssuedApiClient revoked = issueJiujiang();
        assertEquals(200, json("certifications?limit=1", revoked.token()).statusCode());
        as.securityAdmin().call(() -> clients.revoke(revoked.client().id()));
        HttpResponse<String> afterRevoke = json("certifications?limit=1", revoked.token());
        assertEquals(401, afterRevoke.statusCode());
        assertFalse(afterRevoke.body().contains("items"));
        assertThrows(DomainException.class, () -> as.securityAdmin().call(() -> clients.revoke(revoked.client().id())));

        IssuedApiClient expired = issueJiujiang();
        assertEquals(200, json("certifications?limit=1", expired.token()).statusCode());
        tx.begin();
        // the expiry cannot be issued in the past: move the clock of this client instead
        ContainerPersistence.entityManager().createNativeQuery("UPDATE api_client SET created_at = ?, expires_at = ?"
                        + " WHERE id = ?")
                .setParameter(1, OffsetDateTime.now().minusDays(2))
                .setParameter(2, OffsetDateTime.now().minusSeconds(1))
                .setParameter(3, expired.client().id())
                .executeUpdate();
        tx.commit();
        assertEquals(401, json("certifications?limit=1", expired.token()).statusCode());
        assertEquals(ApiClientView.State.EXPIRED, as.securityAdmin().call(() -> clients.list()).stream()
                .filter(c -> c.id() == expired.client().id()).findFirst().orElseThrow().state());

        assertEquals(401, json("certifications?limit=1", "uwk_" + "x".repeat(43)).statusCode());
        assertEquals(401, json("certifications?limit=1", "not-a-token").statusCode());
        assertEquals(401, json("certifications?limit=1", null).statusCode());
    }

    @Test
    void onlySecurityAdministratorsIssueClientsAndOnlyWithinTheirDivision() throws Exception {
        assertThrows(EJBAccessException.class, () -> as.nanchangOfficial().call(() -> clients.create(
                new ApiClientForm("越权", "360100", LocalDate.now().plusDays(1)))));
        DomainException outside = assertThrows(DomainException.class, () -> as.securityAdmin().call(() ->
                clients.create(new ApiClientForm("外省", "420100", LocalDate.now().plusDays(1)))));
        assertEquals("apiClient.jurisdictionOutside", outside.messageKey());
        DomainException tooLong = assertThrows(DomainException.class, () -> as.securityAdmin().call(() ->
                clients.create(new ApiClientForm("太久", "360100", LocalDate.now().plusYears(2)))));
        assertEquals("apiClient.expiry", tooLong.messageKey());
    }

    @Test
    void malformedFiltersAreBadRequestsThatSayWhatTheyTake() throws Exception {
        for (String query : List.of("division=3601", "division=990100", "level=MASTER", "registrationStatus=done",
                "changedSince=yesterday", "limit=1001", "after=-1")) {
            HttpResponse<String> response = json("certifications?" + query, NANCHANG_TOKEN);
            assertEquals(400, response.statusCode(), query);
            assertFalse(body(response).getString("message").isBlank(), query);
        }
    }

    /**
     * A province's jurisdiction is read by walking the standing table's key (the report's plan for a province or
     * more), a city's and a division filter's by starting from their few rows: both plans give the same rows.
     */
    /**
     * The plans walk each professional's copy of their unit's divisions (or the standing table for the nation); the
     * definition is the unit's own code, read here on the joined unit.
     */
    @Test
    void aJurisdictionsReportHasExactlyThePeopleOfTheUnitsFiledInIt() throws Exception {
        IssuedApiClient province = as.securityAdmin().call(() -> clients.create(new ApiClientForm(
                "江西省人社厅（测试）", "360000", LocalDate.now().plusDays(30))));
        String filter = "level=SOCIAL_WORKER";
        List<JsonObject> walked = allRows(filter, province.token());
        long total = body(json("certifications/count?" + filter, province.token())).getJsonNumber("count").longValue();
        List<Long> ids = walked.stream().map(o -> o.getJsonNumber("professionalId").longValue()).toList();
        assertEquals(total, ids.size(), "the walk and the count agree");
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "in key order, each once");
        assertTrue(walked.stream().allMatch(o -> "SOCIAL_WORKER".equals(o.getString("level"))));
        assertEquals(filedIn("36%"), new LinkedHashSet<>(ids), "the province's units' people, in key order");

        Set<Long> nanchangInWalk = walked.stream().filter(o -> o.getString("divisionCode").startsWith("3601"))
                .map(o -> o.getJsonNumber("professionalId").longValue()).collect(Collectors.toSet());
        assertFalse(nanchangInWalk.isEmpty());
        assertTrue(nanchangInWalk.size() < ids.size(), "the province holds more than Nanchang");
        assertEquals(nanchangInWalk, idsOf(allRows(filter, NANCHANG_TOKEN)), "the city's own client reads the same rows");
        assertEquals(nanchangInWalk, idsOf(allRows(filter + "&division=360100", province.token())),
                "and so does the province with a division filter");
        assertEquals(filedIn("3601%"), nanchangInWalk);
        Set<Long> district = idsOf(allRows(filter + "&division=360102", province.token()));
        assertFalse(district.isEmpty());
        assertEquals(filedIn("360102"), district, "a county's filter reads the county's units alone");

        String[] csv = get("certifications?" + filter, province.token(), "text/csv").body().split("\r\n");
        assertEquals(ids, Arrays.stream(csv).skip(1).map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                .toList(), "the CSV streams the walk's rows in its order");

        JsonObject ten = body(json("certifications?" + filter + "&limit=10", province.token()));
        JsonObject skipped = body(json("certifications?" + filter + "&limit=5&offset=3", province.token()));
        assertEquals(ids.subList(3, 8), List.copyOf(idsOf(rows(skipped))));
        assertEquals(ids.subList(0, 10), List.copyOf(idsOf(rows(ten))));
    }

    /** Active social workers (社会工作师) of the units whose own division code is LIKE the pattern, by key. */
    private static Set<Long> filedIn(String pattern) {
        return new LinkedHashSet<>(ContainerPersistence.entityManager().createQuery("SELECT s.professionalId"
                        + " FROM CertificationStanding s JOIN s.professional p JOIN p.orgUnit o WHERE p.status = :active"
                        + " AND o.divisionCode LIKE :pattern AND s.level = :level ORDER BY s.professionalId", Long.class)
                .setParameter("active", ProfessionalStatus.ACTIVE).setParameter("pattern", pattern)
                .setParameter("level", CertificateLevel.SOCIAL_WORKER).getResultList());
    }

    /** Every row of the report, page after page by keyset. */
    private List<JsonObject> allRows(String query, String token) throws Exception {
        List<JsonObject> rows = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonObject page = body(json("certifications?" + query + "&limit=100&after=" + after, token));
            rows.addAll(rows(page));
            if (!page.containsKey("nextAfter") || page.isNull("nextAfter")) {
                return rows;
            }
            after = page.getJsonNumber("nextAfter").longValue();
        }
    }

    private static List<JsonObject> rows(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static Set<Long> idsOf(List<JsonObject> rows) {
        return rows.stream().map(o -> o.getJsonNumber("professionalId").longValue())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void csvJsonAndCountAgreeAndKeysetPagesCoverEveryRowOnce() throws Exception {
        String filter = "level=SOCIAL_WORKER";
        long count = body(json("certifications/count?" + filter, NANCHANG_TOKEN)).getJsonNumber("count").longValue();
        assertTrue(count > 0);

        Set<Long> seen = new HashSet<>();
        long after = 0;
        Long total = null;
        while (true) {
            JsonObject page = body(json("certifications?" + filter + "&limit=250&total=true&after=" + after,
                    NANCHANG_TOKEN));
            total = total == null ? page.getJsonNumber("total").longValue() : total;
            for (JsonValue v : page.getJsonArray("items")) {
                assertEquals("SOCIAL_WORKER", v.asJsonObject().getString("level"));
                assertEquals("INTERMEDIATE", v.asJsonObject().getString("eligibleTitle"), "the default mapping");
                assertTrue(seen.add(v.asJsonObject().getJsonNumber("professionalId").longValue()));
            }
            if (!page.containsKey("nextAfter") || page.isNull("nextAfter")) {
                break;
            }
            after = page.getJsonNumber("nextAfter").longValue();
        }
        assertEquals(count, total);
        assertEquals(count, seen.size());

        HttpResponse<String> csv = get("certifications?" + filter, NANCHANG_TOKEN, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("professionalId,fullName,residentIdMasked,orgUnitName,divisionCode,level,"),
                lines[0]);
        assertEquals(count, lines.length - 1, "a header and one line per row");
        Set<Long> csvIds = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            csvIds.add(Long.parseLong(lines[i].substring(0, lines[i].indexOf(','))));
        }
        assertEquals(seen, csvIds);

        String since = OffsetDateTime.now().plusDays(1).toString().replace("+", "%2B");
        JsonObject none = body(json("certifications?total=true&changedSince=" + since, NANCHANG_TOKEN));
        assertEquals(0, none.getJsonNumber("total").longValue());
        assertTrue(none.getJsonArray("items").isEmpty());
        assertTrue(!none.containsKey("nextAfter") || none.isNull("nextAfter"), "no next page after an empty one");
    }
}
