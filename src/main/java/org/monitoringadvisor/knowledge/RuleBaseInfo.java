package org.monitoringadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code rulebase.yaml} says about the rule base as a whole.
 *
 * @param name              its name, shown in reports
 * @param version           its version, carried in every result
 * @param guidanceAsOf      the date its guidance was last checked against the sources
 * @param staleAfterMonths  a cited document last checked longer ago than this is flagged as possibly out of date
 * @param changesSinceGuide where the seed guide rests on law or guidance that has since been replaced
 */
public record RuleBaseInfo(String name, String version, String guidanceAsOf, int staleAfterMonths,
                           ChangesSinceGuide changesSinceGuide) {

    static final String FILE = "rulebase.yaml";

    /** Used when {@code rulebase.yaml} does not set {@code stale-after-months}. */
    public static final int DEFAULT_STALE_AFTER_MONTHS = 18;

    public RuleBaseInfo {
        Objects.requireNonNull(changesSinceGuide, "changesSinceGuide");
        if (staleAfterMonths < 1) {
            throw new IllegalArgumentException("staleAfterMonths must be at least 1, was " + staleAfterMonths);
        }
    }

    /** A description with the default staleness age and no notes on changes since the guide. */
    public RuleBaseInfo(String name, String version, String guidanceAsOf) {
        this(name, version, guidanceAsOf, DEFAULT_STALE_AFTER_MONTHS, ChangesSinceGuide.NONE);
    }

    /** The built-in rule base's description, read without loading or compiling its rules ({@code --version}). */
    public static RuleBaseInfo builtIn() {
        return load(ClasspathKnowledgeFiles.INSTANCE);
    }

    static RuleBaseInfo load(KnowledgeFiles files) {
        String location = files.location(FILE);
        JsonNode root = YamlEntries.parse(files, FILE);
        String guidanceAsOf = YamlEntries.text(root, "guidance-as-of", location);
        if (Staleness.checkedOn(guidanceAsOf).isEmpty()) {
            throw new KnowledgeException(location + ": guidance-as-of", "\"" + guidanceAsOf
                    + "\" is not a date; write YYYY-MM-DD");
        }
        return new RuleBaseInfo(YamlEntries.text(root, "name", location), YamlEntries.text(root, "version", location),
                guidanceAsOf, staleAfterMonths(root, location), changes(root, location));
    }

    private static int staleAfterMonths(JsonNode root, String location) {
        JsonNode node = root.get("stale-after-months");
        if (node == null || node.isNull()) {
            return DEFAULT_STALE_AFTER_MONTHS;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            throw new KnowledgeException(location + ": stale-after-months", "must be a whole number of months, 1 or more");
        }
        return node.asInt();
    }

    private static ChangesSinceGuide changes(JsonNode root, String location) {
        JsonNode node = root.get("changes-since-guide");
        if (node == null || node.isNull()) {
            return ChangesSinceGuide.NONE;
        }
        String where = location + ": changes-since-guide";
        if (!node.isObject()) {
            throw new KnowledgeException(where, "expected a map with \"guide\" and \"changes\"");
        }
        List<ChangesSinceGuide.Change> changes = new ArrayList<>();
        for (JsonNode entry : YamlEntries.list(node, "changes", where)) {
            String id = YamlEntries.text(entry, "id", where + ": a change");
            String at = where + ": change \"" + id + "\"";
            if (changes.stream().anyMatch(c -> c.id().equals(id))) {
                throw new KnowledgeException(at, "appears twice; change ids must be unique");
            }
            changes.add(new ChangesSinceGuide.Change(id, YamlEntries.text(entry, "title", at),
                    YamlEntries.text(entry, "guide-relied-on", at), YamlEntries.text(entry, "now", at),
                    YamlEntries.text(entry, "since", at), YamlEntries.texts(entry, "guidance", at)));
        }
        return new ChangesSinceGuide(YamlEntries.text(node, "guide", where), changes);
    }
}
