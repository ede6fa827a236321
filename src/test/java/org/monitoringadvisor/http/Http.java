package org.monitoringadvisor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client for the tests: real HTTP requests to a running service, answers read as text and as JSON. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, body, and the body as JSON. */
    record Response(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The error's code, from {"error": {"code": ...}}. */
        String errorCode() {
            return json().path("error").path("code").asText();
        }
    }

    private Http() {
    }

    static Response get(URI base, String path, String... headers) {
        return send(request(base, path, headers).GET().build());
    }

    static Response post(URI base, String path, String body, String... headers) {
        HttpRequest.Builder request = request(base, path, headers);
        if (headers.length == 0) {
            request.header("Content-Type", "application/json");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(URI base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }
}
