package org.monitoringadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a knowledge file (YAML) into entries and gives field access whose errors name the file, line, column and
 * entry, so a rule author's typo is reported as "questions.yaml:12:5: question "personal-use": missing "text"".
 */
final class YamlEntries {

    private YamlEntries() {
    }

    /** Parses a file whose top level is a map. */
    static YamlNode parse(KnowledgeFiles files, String name) {
        String location = files.location(name);
        YamlNode root = files.yaml(name);
        if (root == null || !root.isMap()) {
            throw new KnowledgeException(root == null ? Position.fileOnly(location) : root.position(),
                    "expected a map of fields at the top level");
        }
        return root;
    }

    /** The list under {@code field} of a map, each item a map; {@code where} names the map in messages. */
    static List<YamlNode> list(YamlNode map, String field, String where) {
        YamlNode node = map.get(field);
        if (node == null || !node.isList()) {
            throw problem(node == null ? map : node, where, "expected a list under \"" + field + "\"");
        }
        for (YamlNode item : node.items()) {
            if (!item.isMap()) {
                throw problem(item, where, "every item under \"" + field + "\" must be a map of fields");
            }
        }
        return node.items();
    }

    /** A required text field. */
    static String text(YamlNode entry, String field, String where) {
        YamlNode node = entry.get(field);
        if (node == null || !node.isScalar() || node.isEmpty() || node.text().isBlank()) {
            throw problem(node == null ? entry : node, where, "missing \"" + field + "\"");
        }
        return node.text().strip();
    }

    /** An optional text field, empty when absent. */
    static String optionalText(YamlNode entry, String field) {
        YamlNode node = entry.get(field);
        return node == null || !node.isScalar() || node.isEmpty() ? "" : node.text().strip();
    }

    /** An optional list of texts (a single text counts as a list of one). */
    static List<String> texts(YamlNode entry, String field, String where) {
        YamlNode node = entry.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isEmpty()) {
            return values;
        }
        if (node.isScalar()) {
            values.add(node.text().strip());
            return values;
        }
        if (!node.isList()) {
            throw problem(node, where, "\"" + field + "\" must be a list");
        }
        for (YamlNode item : node.items()) {
            if (!item.isScalar() || item.isEmpty()) {
                throw problem(item, where, "every item of \"" + field + "\" must be a text");
            }
            values.add(item.text().strip());
        }
        return values;
    }

    /**
     * A problem at a node, its message naming the entry: {@code where} is "question \"personal-use\"" or the
     * like, or empty for the file's top level.
     */
    static KnowledgeException problem(YamlNode at, String where, String problem) {
        return new KnowledgeException(at.position(), where.isEmpty() ? problem : where + ": " + problem);
    }
}
