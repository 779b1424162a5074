package org.unionworks.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;

/** The REST API over real HTTP: scoping, error bodies, OpenAPI, health and response headers. */
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

    @Test
    void errorsAreJsonWithACorrelationIdAndNoStackTrace() throws Exception {
        HttpResponse<String> anonymous = api().get("api/v1/org-units", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("unauthorized", Api.json(anonymous).getString("error"));

        HttpResponse<String> wrongRole = api().get("api/v1/org-units", "auditor");
        assertEquals(403, wrongRole.statusCode());
        assertEquals("forbidden", Api.json(wrongRole).getString("error"));

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

        HttpResponse<String> health = api().getAbsolute("http://127.0.0.1:9990/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }
}
