package org.unionworks.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.demo.DemoDataSeeder;
import org.unionworks.it.Deployments;

/** The REST API over real HTTP: scoping (org units and professionals), masking, error bodies, OpenAPI, health and response headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL portal;

    private Api api() {
        return new Api(portal);
    }

    private long rootIdOf(String username) throws Exception {
        JsonObject page = Api.json(api().get("api/v1/org-units?limit=1&sort=depth", username));
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void anOfficialOfOneCityCannotListCountReadOrExportAnotherCity() throws Exception {
        long jiujiang = rootIdOf("official.jj");
        long nanchang = rootIdOf("official");

        HttpResponse<String> own = api().get("api/v1/org-units/" + nanchang, "official");
        assertEquals(200, own.statusCode());
        assertEquals("南昌市总工会", Api.json(own).getString("name"));

        HttpResponse<String> foreign = api().get("api/v1/org-units/" + jiujiang, "official");
        assertEquals(404, foreign.statusCode(), "another city's unit is indistinguishable from a missing one");
        JsonObject error = Api.json(foreign);
        assertEquals("not_found", error.getString("error"));
        assertFalse(error.getString("correlationId").isBlank());
        assertFalse(foreign.body().contains("九江"), "no data of the foreign unit leaks");

        HttpResponse<String> children = api().get("api/v1/org-units/" + jiujiang + "/children", "official");
        assertEquals(404, children.statusCode());

        JsonObject list = Api.json(api().get("api/v1/org-units?limit=500", "official"));
        long count = Api.json(api().get("api/v1/org-units/count", "official")).getJsonNumber("count").longValue();
        assertEquals(count, list.getJsonNumber("total").longValue());
        for (JsonValue v : list.getJsonArray("items")) {
            assertTrue(v.asJsonObject().getString("divisionCode").startsWith("3601"), v.toString());
        }
        long filtered = Api.json(api().get("api/v1/org-units/count?name=%E4%B9%9D%E6%B1%9F", "official"))
                .getJsonNumber("count").longValue();
        assertEquals(0, filtered, "filtering by 九江 finds nothing from 南昌");

        HttpResponse<byte[]> pdf = api().getBytes("api/v1/org-units/roster?format=pdf", "official");
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("组织机构名册"), "Chinese title extractable");
            assertTrue(text.contains("南昌市总工会"));
            assertFalse(text.contains("九江"), "the filing holds only the caller's scope");
        }
    }

    private static long count(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response).getJsonNumber("count").longValue();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anOfficialOfOneCityGetsNoProfessionalOfAnotherByListCountIdOrHistory() throws Exception {
        JsonObject foreignPerson = Api.json(api().get("api/v1/professionals?limit=1&sort=joinedOn", "official.jj"))
                .getJsonArray("items").getJsonObject(0);
        long foreignId = foreignPerson.getJsonNumber("id").longValue();
        String foreignName = foreignPerson.getString("fullName");
        long jiujiang = rootIdOf("official.jj");

        JsonObject own = Api.json(api().get("api/v1/professionals?limit=500&sort=orgUnitName", "official"));
        long ownId = own.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, api().get("api/v1/professionals/" + ownId, "official").statusCode());
        assertEquals(200, api().get("api/v1/professionals/" + ownId + "/history", "official").statusCode());
        assertEquals(count(api().get("api/v1/professionals/count", "official")), own.getJsonNumber("total").longValue());
        Set<Long> nanchangUnits = Api.json(api().get("api/v1/org-units?limit=500", "official")).getJsonArray("items")
                .stream().map(u -> u.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
        for (JsonValue item : own.getJsonArray("items")) {
            assertTrue(nanchangUnits.contains(item.asJsonObject().getJsonNumber("orgUnitId").longValue()), item.toString());
        }

        HttpResponse<String> foreign = api().get("api/v1/professionals/" + foreignId, "official");
        HttpResponse<String> missing = api().get("api/v1/professionals/" + Long.MAX_VALUE, "official");
        assertEquals(404, foreign.statusCode(), "another city's person is indistinguishable from a missing one");
        assertEquals(404, missing.statusCode());
        assertEquals(Api.json(missing).getString("error"), Api.json(foreign).getString("error"));
        assertEquals(Api.json(missing).getString("message"), Api.json(foreign).getString("message"));
        assertFalse(foreign.body().contains(foreignName), "nothing of the person leaks");
        HttpResponse<String> foreignHistory = api().get("api/v1/professionals/" + foreignId + "/history", "official");
        assertEquals(404, foreignHistory.statusCode());
        assertFalse(foreignHistory.body().contains(foreignName));

        String byName = "name=" + encoded(foreignName);
        assertTrue(count(api().get("api/v1/professionals/count?" + byName, "official.jj")) > 0);
        JsonObject searched = Api.json(api().get("api/v1/professionals?" + byName, "official"));
        assertTrue(searched.getJsonArray("items").stream().noneMatch(v -> v.asJsonObject().getJsonNumber("id")
                .longValue() == foreignId), "the foreign person is not in the list");
        assertTrue(searched.getJsonArray("items").stream().allMatch(v -> nanchangUnits.contains(
                v.asJsonObject().getJsonNumber("orgUnitId").longValue())), "only 南昌's namesakes, if any");
        assertEquals(404, api().get("api/v1/professionals?orgUnit=" + jiujiang, "official").statusCode(),
                "another city's unit cannot be used as a filter");
        assertEquals(404, api().get("api/v1/professionals/count?orgUnit=" + jiujiang, "official").statusCode());
    }

    @Test
    void professionalsJsonCarriesMaskedNumbersOnly() throws Exception {
        Pattern fullId = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dX](?![0-9])");
        Pattern fullPhone = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");
        // the demo account official holds the personal-data role, and still gets masked values only
        HttpResponse<String> list = api().get("api/v1/professionals?limit=500", "official");
        JsonObject page = Api.json(list);
        long id = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        for (JsonValue item : page.getJsonArray("items")) {
            JsonObject p = item.asJsonObject();
            assertTrue(p.getString("residentIdMasked").matches("\\d{3}\\*{11}[\\dX]{4}"), "masked ID");
            assertFalse(p.containsKey("birthDate"), "the year only: a birth date would unmask the ID");
            assertTrue(p.containsKey("birthYear"));
        }
        for (HttpResponse<String> response : List.of(list, api().get("api/v1/professionals/" + id, "official"),
                api().get("api/v1/professionals/" + id + "/history", "official"))) {
            assertEquals(200, response.statusCode(), response.body());
            assertFalse(fullId.matcher(response.body()).find(), "a full ID number in " + response.uri());
            assertFalse(fullPhone.matcher(response.body()).find(), "a full phone number in " + response.uri());
        }
    }

    @Test
    void malformedProfessionalParametersAreRefusedWith400AndAMessageInTheCallersLanguage() throws Exception {
        for (String query : List.of("status=RETIRED", "employmentMode=volunteer", "limit=501", "limit=abc",
                "offset=-1", "desc=yes", "asOf=2016-13-01", "orgUnit=abc", "education=99", "lastFour=12a4",
                "sort=password")) {
            HttpResponse<String> refused = api().get("api/v1/professionals?" + query, "official");
            assertEquals(400, refused.statusCode(), query + ": " + refused.body());
            JsonObject error = Api.json(refused);
            assertFalse(error.getString("message").isBlank(), query);
            assertFalse(error.getString("correlationId").isBlank(), query);
        }
        JsonObject status = Api.json(api().get("api/v1/professionals/count?status=RETIRED", "official"));
        assertEquals("api.parameter.oneOf", status.getString("error"));
        assertTrue(status.getString("message").contains("status") && status.getString("message").contains("ACTIVE"),
                status.getString("message"));
        assertTrue(status.getString("message").contains("无效"), "Chinese by default: " + status.getString("message"));
        JsonObject english = Api.json(api().get("api/v1/professionals?lastFour=12a4", "official", "en"));
        assertEquals("registry.filter.lastFour.invalid", english.getString("error"));
        assertFalse(english.getString("message").codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), "English on request: " + english.getString("message"));
        assertEquals(403, api().get("api/v1/professionals", "auditor").statusCode());
        assertEquals(401, api().get("api/v1/professionals/count", null).statusCode());
    }

    @Test
    void errorsAreJsonWithACorrelationIdAndNoStackTrace() throws Exception {
        HttpResponse<String> anonymous = api().get("api/v1/org-units", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("unauthorized", Api.json(anonymous).getString("error"));

        HttpResponse<String> wrongRole = api().get("api/v1/org-units", "auditor");
        assertEquals(403, wrongRole.statusCode());
        assertEquals("forbidden", Api.json(wrongRole).getString("error"));

        // the fixed messages in Chinese unless the caller asks for English
        HttpResponse<String> missing = api().get("api/v1/org-units/999999999", "official");
        assertEquals(404, missing.statusCode());
        assertEquals("在您的权限范围内没有该资源", Api.json(missing).getString("message"));
        assertEquals("您的角色无权进行此操作", Api.json(wrongRole).getString("message"));
        assertEquals("需要身份认证", Api.json(anonymous).getString("message"));
        assertEquals("No such resource in your scope",
                Api.json(api().get("api/v1/org-units/999999999", "official", "en")).getString("message"));
        assertEquals("Not allowed for your role",
                Api.json(api().get("api/v1/org-units", "auditor", "en")).getString("message"));
        assertEquals("Authentication required",
                Api.json(api().get("api/v1/org-units", null, "en")).getString("message"));

        HttpResponse<String> badFilter = api().get("api/v1/org-units?division=36ab", "official");
        assertEquals(400, badFilter.statusCode());
        assertNotNull(Api.json(badFilter).getString("correlationId"));

        HttpResponse<String> badSort = api().get("api/v1/org-units?sort=password", "official");
        assertEquals(400, badSort.statusCode());

        HttpResponse<String> unknown = api().get("api/v1/org-units/not-a-number", "official");
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.body().contains("Exception"), unknown.body());
        assertFalse(unknown.body().contains("\tat "), "no stack trace");
    }

    @Test
    void theServerAnnouncesNothingAboutItself() throws Exception {
        HttpResponse<String> response = api().get("login.xhtml", null);
        assertTrue(response.headers().firstValue("Server").isEmpty(), "no Server header");
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By header");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        String root = portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort() + "/";
        HttpResponse<String> welcome = api().getAbsolute(root);
        assertEquals(404, welcome.statusCode(), "no welcome content");
        assertNull(welcome.headers().firstValue("X-Powered-By").orElse(null));
    }

    @Test
    void openApiIsServedAndHealthIsUpOnTheManagementPort() throws Exception {
        String host = portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort();
        HttpResponse<String> openapi = api().getAbsolute(host + "/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/unionworks/api/v1/org-units"), openapi.body());
        assertTrue(openapi.body().contains("/unionworks/api/v1/professionals/{id}/history"), openapi.body());

        HttpResponse<String> health = api().getAbsolute("http://127.0.0.1:9990/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }

    @Test
    void aLabourDepartmentDownloadsItsJurisdictionsRosterAsAFilingAndNothingBeyondIt() throws Exception {
        String token = DemoDataSeeder.DEMO_API_TOKEN;
        long count = Api.json(api().getAsClient("api/v1/certifications/count?level=SOCIAL_WORKER", token))
                .getJsonNumber("count").longValue();
        assertTrue(count > 0, "the demo city has social workers");

        HttpResponse<byte[]> pdf = api().getBytesAsClient("api/v1/certifications?level=SOCIAL_WORKER", token,
                "application/pdf", "zh-CN");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            for (String expected : List.of("持证社会工作者名册", "填报单位：", "筛选条件：证书等级 社会工作师", "登记有效期止",
                    "第 1 页", "共 " + doc.getNumberOfPages() + " 页",
                    "共 " + new DecimalFormat("#,##0").format(count) + " 人")) {
                assertTrue(text.contains(expected), expected + " missing");
            }
            Pattern masked = Pattern.compile("\\d{3}\\*{11}[\\dX]{4}");
            assertEquals(count, text.lines().filter(line -> masked.matcher(line).find()).count(),
                    "a line per person, every ID masked");
            assertFalse(text.contains("助理社会工作师"), "only the level asked for");
        }

        HttpResponse<byte[]> xlsx = api().getBytesAsClient("api/v1/certifications?level=SOCIAL_WORKER", token,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "en");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Certified social worker roster", book.getSheetName(0));
            long people = 0;
            for (Row row : book.getSheetAt(0)) {
                Cell first = row.getCell(row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum());
                if (first != null && first.getCellType() == CellType.NUMERIC) {
                    people++;
                }
            }
            assertEquals(count, people, "a numbered row per person");
        }

        HttpResponse<byte[]> foreign = api().getBytesAsClient("api/v1/certifications?division=360400", token,
                "application/pdf", "zh-CN");
        assertEquals(403, foreign.statusCode(), "九江 is outside the Nanchang bureau's jurisdiction");
        assertFalse(new String(foreign.body(), StandardCharsets.UTF_8).startsWith("%PDF"), "no filing leaks");
    }
}
