package org.monitoringadvisor.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A posted HTML form ({@code application/x-www-form-urlencoded}) or a query string: names to values, the first
 * value of a name winning. Bodies are read up to a limit, far above anything the interview's forms send.
 */
final class Form {

    /** Far more than any form here sends (the longest field is the employer's name). */
    static final int MAX_BYTES = 16 * 1024;

    private final Map<String, String> fields;

    private Form(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The value of a field, or null when the form has none. */
    String get(String name) {
        return fields.get(name);
    }

    /** Parses {@code a=1&b=2}; a malformed pair is an {@link IllegalArgumentException}. */
    static Form parse(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return new Form(fields);
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.putIfAbsent(name, value);
        }
        return new Form(fields);
    }

    /**
     * Reads a posted body.
     *
     * @throws IllegalArgumentException when it is too long, not UTF-8 or not form-encoded
     * @throws IOException              when the body cannot be read
     */
    static Form read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the form is too long");
        }
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the form is not UTF-8 text");
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8); // throws IllegalArgumentException when malformed
    }
}
