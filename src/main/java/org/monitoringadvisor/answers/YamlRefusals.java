package org.monitoringadvisor.answers;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Refuses what YAML has and an answers file must not: an anchor ({@code &name}) or alias ({@code *name}) would let
 * one line silently answer for another (and Jackson reads an undefined alias as its own name), and a tag
 * ({@code !!str}, {@code !x}) asks for a kind of value the file has no use for. Read from SnakeYAML's own events,
 * which carry every anchor and tag with its exact line; syntax errors are left to the main parse to report.
 */
final class YamlRefusals {

    private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

    private YamlRefusals() {
    }

    static void check(String source, String text) {
        try {
            for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                refuse(source, event);
            }
        } catch (YAMLException syntax) {
            // The main parse reports it, with the same line and a hint.
        }
    }

    private static void refuse(String source, Event event) {
        int line = event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
        if (event instanceof AliasEvent alias) {
            throw new AnswersFileException(source, line, "YAML aliases (*" + alias.getAnchor()
                    + ") are not allowed in an answers file; write the value out in full");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            throw new AnswersFileException(source, line, "YAML anchors (&" + node.getAnchor()
                    + ") are not allowed in an answers file; write each value out in full");
        }
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null) {
            String written = tag.startsWith(STANDARD_TAGS) ? "!!" + tag.substring(STANDARD_TAGS.length()) : tag;
            throw new AnswersFileException(source, line, "YAML tags (" + written
                    + ") are not allowed in an answers file; write plain values");
        }
    }
}
