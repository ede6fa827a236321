package org.monitoringadvisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a knowledge file (YAML) into entries and gives field access whose errors name the file and entry, so a
 * rule author's typo is reported as "questions.yaml: question "personal-use": missing "text"".
 */
final class YamlEntries {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlEntries() {
    }

    /** Parses a file whose top level is a map. */
    static JsonNode parse(KnowledgeFiles files, String name) {
        String location = files.location(name);
        try {
            JsonNode root = YAML.readTree(files.read(name));
            if (root == null || !root.isObject()) {
                throw new KnowledgeException(location, "expected a map of fields at the top level");
            }
            return root;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String line = where == null ? "" : where.getLineNr() + ":" + where.getColumnNr() + ": ";
            throw new KnowledgeException(location + (line.isEmpty() ? "" : ":" + line.substring(0, line.length() - 2)),
                    "not valid YAML: " + e.getOriginalMessage());
        }
    }

    /** The list under {@code field} of a parsed file, each item a map. */
    static List<JsonNode> list(JsonNode root, String field, String location) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray()) {
            throw new KnowledgeException(location, "expected a list under \"" + field + "\"");
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new KnowledgeException(location, "every item under \"" + field + "\" must be a map of fields");
            }
            items.add(item);
        }
        return items;
    }

    /** A required text field. */
    static String text(JsonNode entry, String field, String where) {
        JsonNode node = entry.get(field);
        if (node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank()) {
            throw new KnowledgeException(where, "missing \"" + field + "\"");
        }
        return node.asText().strip();
    }

    /** An optional text field, empty when absent. */
    static String optionalText(JsonNode entry, String field) {
        JsonNode node = entry.get(field);
        return node == null || node.isNull() ? "" : node.asText().strip();
    }

    /** An optional list of texts (a single text counts as a list of one). */
    static List<String> texts(JsonNode entry, String field, String where) {
        JsonNode node = entry.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isValueNode()) {
            values.add(node.asText().strip());
            return values;
        }
        if (!node.isArray()) {
            throw new KnowledgeException(where, "\"" + field + "\" must be a list");
        }
        for (JsonNode item : node) {
            if (!item.isValueNode()) {
                throw new KnowledgeException(where, "every item of \"" + field + "\" must be a text");
            }
            values.add(item.asText().strip());
        }
        return values;
    }
}
