package org.monitoringadvisor.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one YAML reader of knowledge and scenario files: a tree whose every node knows its line and column, so a
 * problem is reported where it is written. Jackson's own trees forget positions and turn an unquoted yes into
 * true; its streaming parser keeps both the marks and the text as written.
 */
public final class YamlReader {

    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * Reads a document; an empty one gives null.
     *
     * @param file as shown in messages
     * @throws KnowledgeException at the line and column of a syntax error or a key written twice
     */
    public static YamlNode parse(String file, String text) {
        try (JsonParser parser = YAML.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : node(file, parser);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            Position at = where == null ? Position.fileOnly(file)
                    : new Position(file, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0));
            String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines()
                    .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).findFirst().orElse("syntax error");
            throw new KnowledgeException(at, "not valid YAML: " + message
                    + "; check the indentation and quotes on that line and the one before");
        } catch (IOException e) {
            throw new KnowledgeException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static YamlNode node(String file, JsonParser parser) throws IOException {
        Position at = position(file, parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Position keyAt = position(file, parser);
                parser.nextToken();
                if (fields.containsKey(key)) {
                    throw new KnowledgeException(keyAt, "\"" + key + "\" appears twice here; keep one");
                }
                fields.put(key, node(file, parser));
            }
            return new YamlNode(Collections.unmodifiableMap(fields), null, null, at);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(file, parser));
            }
            return new YamlNode(null, List.copyOf(items), null, at);
        }
        // getText keeps YAML's unquoted yes and no as written instead of turning them into booleans.
        return new YamlNode(null, null, token == JsonToken.VALUE_NULL ? null : parser.getText(), at);
    }

    private static Position position(String file, JsonParser parser) {
        JsonLocation where = parser.currentTokenLocation();
        return new Position(file, where.getLineNr(), where.getColumnNr());
    }
}
