package org.monitoringadvisor.authoring;

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
 * A YAML document as a tree whose every node knows its line, so a scenario file's problems can be reported where
 * they are. Jackson's own trees forget positions; its streaming parser keeps them.
 */
final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** One node: a map, a list or a scalar (text; null for an empty value). */
    record Node(Map<String, Node> fields, List<Node> items, String text, int line) {

        boolean isMap() {
            return fields != null;
        }

        boolean isList() {
            return items != null;
        }

        boolean isScalar() {
            return fields == null && items == null;
        }
    }

    private YamlTree() {
    }

    /** Parses {@code text}; an empty document gives null. */
    static Node parse(String location, String text) {
        try (JsonParser parser = YAML.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : node(location, parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines()
                    .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).findFirst().orElse("syntax error");
            throw new ScenarioFileException(location, Math.max(line, 0), "not valid YAML: " + message
                    + "; check the indentation and quotes on that line and the one before");
        } catch (IOException e) {
            throw new ScenarioFileException(location, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static Node node(String location, JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (fields.containsKey(key)) {
                    throw new ScenarioFileException(location, keyLine, "\"" + key + "\" appears twice here; keep one");
                }
                fields.put(key, node(location, parser));
            }
            return new Node(fields, null, null, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(location, parser));
            }
            return new Node(null, items, null, line);
        }
        // getText keeps YAML's unquoted yes and no as written instead of turning them into booleans.
        return new Node(null, null, token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }
}
