package org.monitoringadvisor.engine.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.Position;
import org.monitoringadvisor.knowledge.YamlNode;
import org.monitoringadvisor.knowledge.YamlReader;

/**
 * Finds where an entry of a YAML catalogue is written ({@code - id: personal-use}), so a warning about an entry
 * points at its line. The catalogues keep no positions, and reading a file again with the positioned reader is
 * cheap. Without the files (the engine compiling knowledge it was handed) every entry is placed at the start of
 * its file; only warnings point at entries.
 */
final class CatalogueLines {

    static final String QUESTIONS = "questions.yaml";
    static final String SOURCES = "sources.yaml";
    static final String FINDINGS_SUFFIX = ".findings.yaml";

    private final KnowledgeFiles files;
    private final Map<String, Optional<YamlNode>> trees = new HashMap<>();

    /** @param files the knowledge files, or null when they are not at hand */
    CatalogueLines(KnowledgeFiles files) {
        this.files = files;
    }

    /** Where question {@code id} is defined, or the start of {@code questions.yaml}. */
    Position question(String id) {
        return entry(QUESTIONS, id);
    }

    /** Where guidance point {@code id} is defined, or the start of {@code sources.yaml}. */
    Position source(String id) {
        return entry(SOURCES, id);
    }

    /** Where finding {@code id} is worded, in whichever {@code *.findings.yaml} has it. */
    Position finding(String id) {
        if (files == null) {
            return Position.startOf("*" + FINDINGS_SUFFIX);
        }
        List<String> names = files.names().stream().filter(n -> n.endsWith(FINDINGS_SUFFIX)).toList();
        for (String name : names) {
            Position at = find(name, id);
            if (at != null) {
                return at;
            }
        }
        return Position.startOf(names.isEmpty() ? files.location("") : files.location(names.get(0)));
    }

    /** Where an entry with {@code id} is in file {@code name}, or the start of the file. */
    Position entry(String name, String id) {
        if (files == null) {
            return Position.startOf(name);
        }
        Position at = find(name, id);
        return at == null ? Position.startOf(files.location(name)) : at;
    }

    private Position find(String name, String id) {
        return trees.computeIfAbsent(name, n -> Optional.ofNullable(YamlReader.parse(files.location(n), files.read(n))))
                .map(root -> idValue(root, id)).orElse(null);
    }

    /** The first {@code id: <id>} in document order, at its value. */
    private static Position idValue(YamlNode node, String id) {
        if (node.isMap()) {
            YamlNode value = node.get("id");
            if (value != null && value.isScalar() && id.equals(value.text())) {
                return value.position();
            }
            for (YamlNode field : node.fields().values()) {
                Position at = idValue(field, id);
                if (at != null) {
                    return at;
                }
            }
        } else if (node.isList()) {
            for (YamlNode item : node.items()) {
                Position at = idValue(item, id);
                if (at != null) {
                    return at;
                }
            }
        }
        return null;
    }
}
