package org.monitoringadvisor.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route answers: status, type, body and any extra headers, and whether the server stops once it is sent
 * (after Finish). The security headers every response carries are added by the handler.
 */
record Response(int status, String type, byte[] body, Map<String, String> headers, boolean stops) {

    Response(int status, String type, byte[] body, Map<String, String> headers) {
        this(status, type, body, headers, false);
    }

    private static final String HTML = "text/html; charset=utf-8";

    static Response page(String html) {
        return page(200, html);
    }

    static Response page(int status, String html) {
        return new Response(status, HTML, html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** 303 See Other: after a POST, or to drop the key from the address bar. */
    static Response seeOther(String location) {
        return new Response(303, HTML, new byte[0], Map.of("Location", location));
    }

    static Response problem(int status, String heading, String message) {
        return page(status, Pages.problem(heading, message));
    }

    /** A file to save rather than show. */
    static Response attachment(String type, String fileName, byte[] body) {
        return new Response(200, type, body, Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }

    Response with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, type, body, more, stops);
    }

    /** This response, after which the server stops. */
    Response thenStop() {
        return new Response(status, type, body, headers, true);
    }
}
