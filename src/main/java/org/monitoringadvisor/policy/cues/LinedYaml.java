package org.monitoringadvisor.policy.cues;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose nodes know their lines, so that the catalogue's mistakes can be pointed at.
 * Jackson's trees forget positions; its streaming parser keeps them.
 */
final class LinedYaml {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** A map, a list or a scalar (text, null for an empty value), with its line. */
    record Node(Map<String, Node> fields, List<Node> items, String text, int line) {
        boolean isMap() {
            return fields != null;
        }

        boolean isList() {
            return items != null;
        }
    }

    /** Thrown for text that is not YAML. */
    static final class SyntaxException extends Exception {
        final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private LinedYaml() {
    }

    static Node parse(String text) throws SyntaxException {
        try (JsonParser parser = YAML.createParser(text)) {
            return parser.nextToken() == null ? null : node(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines()
                    .findFirst().orElse("syntax error");
            throw new SyntaxException(line, "not valid YAML: " + message);
        } catch (IOException e) {
            throw new SyntaxException(0, "cannot be read: " + e.getMessage());
        }
    }

    private static Node node(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                fields.put(key, node(parser));
            }
            return new Node(fields, null, null, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new Node(null, items, null, line);
        }
        return new Node(null, null, token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }
}
