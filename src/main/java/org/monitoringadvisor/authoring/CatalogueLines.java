package org.monitoringadvisor.authoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/**
 * Finds where an entry of a YAML catalogue is written ({@code - id: personal-use}), so a warning about an entry
 * points at its line. The catalogues keep no positions, and reading the text again is cheap.
 */
final class CatalogueLines {

    static final String QUESTIONS = "questions.yaml";
    static final String SOURCES = "sources.yaml";
    static final String FINDINGS_SUFFIX = ".findings.yaml";

    private final KnowledgeFiles files;
    private final Map<String, SourceText> texts = new HashMap<>();

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
        Position at = find(name, id);
        return at == null ? Position.startOf(files.location(name)) : at;
    }

    private Position find(String name, String id) {
        SourceText text = texts.computeIfAbsent(name, n -> new SourceText(files.location(n), files.read(n)));
        Matcher matcher = Pattern.compile("(?m)(?<![\\w-])id:[ \\t]*[\"']?(" + Pattern.quote(id)
                + ")[\"']?(?=[ \\t]*(?:[,}#\\r\\n]|$))").matcher(text.text());
        return matcher.find() ? text.at(matcher.start(1)) : null;
    }
}
