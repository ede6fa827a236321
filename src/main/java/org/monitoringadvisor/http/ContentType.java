package org.monitoringadvisor.http;

import java.util.Locale;

/** Reads a Content-Type header strictly: the media type, and which parameters it may carry. */
final class ContentType {

    private ContentType() {
    }

    /**
     * True for {@code application/json}, in any case, with no parameter or only {@code charset=utf-8} (quoted or
     * not); false for anything else, such as {@code application/jsonfoo}, {@code text/plain} or another charset.
     */
    static boolean isJson(String header) {
        String[] parts = header.split(";", -1);
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equals("charset")) {
                return false;
            }
            String value = parameter.substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (!value.equals("utf-8") && !value.equals("utf8")) {
                return false;
            }
        }
        return true;
    }
}
