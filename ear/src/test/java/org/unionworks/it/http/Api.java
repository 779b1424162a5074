package org.unionworks.it.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny HTTP client for the REST API, signing in with HTTP Basic as a demo account. */
final class Api {

    static final String DEMO_PASSWORD = "UnionWorks#2026";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Api(URL deploymentUrl) {
        this.base = URI.create(deploymentUrl.toString().replaceAll("/+$", "") + "/");
    }

    HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        return http.send(request(path, username).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** With an Accept-Language header, e.g. {@code en}. */
    HttpResponse<String> get(String path, String username, String language) throws IOException, InterruptedException {
        return http.send(request(path, username).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As a labour department's API client, with its bearer token. */
    HttpResponse<String> getAsClient(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET()
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
    }

    /** As a labour department's API client, asking for a media type in a language. */
    HttpResponse<byte[]> getBytesAsClient(String path, String token, String accept, String language)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120)).GET()
                .header("Authorization", "Bearer " + token).header("Accept", accept)
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> getBytes(String path, String username) throws IOException, InterruptedException {
        return http.send(request(path, username).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> getAbsolute(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (username != null) {
            String token = Base64.getEncoder().encodeToString(
                    (username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        return b;
    }
}
