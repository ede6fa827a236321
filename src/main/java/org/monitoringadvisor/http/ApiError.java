package org.monitoringadvisor.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the service refuses: the HTTP status, a stable machine-readable code, a message a developer can act
 * on, and details such as the line, the question and the allowed values. Sent as
 * <code>{"error": {"status", "code", "message", ...details}}</code>.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> details = new LinkedHashMap<>();

    ApiError(int status, String code, String message) {
        super(message, null, false, false); // an expected outcome, not a bug: no stack trace needed
        this.status = status;
        this.code = code;
    }

    /** Adds a detail (kept in the order added); null values are left out. */
    ApiError with(String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
        return this;
    }

    int status() {
        return status;
    }

    /** The methods a 405 names (its "allowed" detail). */
    List<String> allowed() {
        Object allowed = details.get("allowed");
        return allowed instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The error object sent to the client. */
    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("code", code);
        error.put("message", getMessage());
        error.putAll(details);
        return error;
    }
}
