package org.monitoringadvisor.knowledge;

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
 * @param outOfScope        what the rule base does not cover, and where to look instead
 */
public record RuleBaseInfo(String name, String version, String guidanceAsOf, int staleAfterMonths,
                           ChangesSinceGuide changesSinceGuide, OutOfScope outOfScope) {

    static final String FILE = "rulebase.yaml";

    /** Used when {@code rulebase.yaml} does not set {@code stale-after-months}. */
    public static final int DEFAULT_STALE_AFTER_MONTHS = 18;

    public RuleBaseInfo {
        Objects.requireNonNull(changesSinceGuide, "changesSinceGuide");
        Objects.requireNonNull(outOfScope, "outOfScope");
        if (staleAfterMonths < 1) {
            throw new IllegalArgumentException("staleAfterMonths must be at least 1, was " + staleAfterMonths);
        }
    }

    /** A description with the default staleness age and no notes on changes since the guide. */
    public RuleBaseInfo(String name, String version, String guidanceAsOf) {
        this(name, version, guidanceAsOf, DEFAULT_STALE_AFTER_MONTHS, ChangesSinceGuide.NONE, OutOfScope.NONE);
    }

    /** The built-in rule base's description, read without loading or compiling its rules ({@code --version}). */
    public static RuleBaseInfo builtIn() {
        return load(ClasspathKnowledgeFiles.INSTANCE);
    }

    static RuleBaseInfo load(KnowledgeFiles files) {
        YamlNode root = YamlEntries.parse(files, FILE);
        String guidanceAsOf = YamlEntries.text(root, "guidance-as-of", "");
        if (Staleness.checkedOn(guidanceAsOf).isEmpty()) {
            throw YamlEntries.problem(root.get("guidance-as-of"), "guidance-as-of", "\"" + guidanceAsOf
                    + "\" is not a date; write YYYY-MM-DD");
        }
        return new RuleBaseInfo(YamlEntries.text(root, "name", ""), YamlEntries.text(root, "version", ""),
                guidanceAsOf, staleAfterMonths(root), changes(root), outOfScope(root));
    }

    private static OutOfScope outOfScope(YamlNode root) {
        YamlNode node = root.get("out-of-scope");
        if (node == null || node.isEmpty()) {
            return OutOfScope.NONE;
        }
        String where = "out-of-scope";
        if (!node.isMap()) {
            throw YamlEntries.problem(node, where, "expected a map with \"topics\" and \"look-instead\"");
        }
        List<String> topics = YamlEntries.texts(node, "topics", where);
        if (topics.isEmpty()) {
            throw YamlEntries.problem(node, where, "missing \"topics\": the kinds of monitoring not covered");
        }
        return new OutOfScope(topics, YamlEntries.text(node, "look-instead", where));
    }

    private static int staleAfterMonths(YamlNode root) {
        YamlNode node = root.get("stale-after-months");
        if (node == null || node.isEmpty()) {
            return DEFAULT_STALE_AFTER_MONTHS;
        }
        if (!node.isScalar() || !node.text().matches("0*[1-9][0-9]{0,5}")) {
            throw YamlEntries.problem(node, "stale-after-months", "must be a whole number of months, 1 or more");
        }
        return Integer.parseInt(node.text());
    }

    private static ChangesSinceGuide changes(YamlNode root) {
        YamlNode node = root.get("changes-since-guide");
        if (node == null || node.isEmpty()) {
            return ChangesSinceGuide.NONE;
        }
        String where = "changes-since-guide";
        if (!node.isMap()) {
            throw YamlEntries.problem(node, where, "expected a map with \"guide\" and \"changes\"");
        }
        List<ChangesSinceGuide.Change> changes = new ArrayList<>();
        for (YamlNode entry : YamlEntries.list(node, "changes", where)) {
            String id = YamlEntries.text(entry, "id", where + ": a change");
            String at = where + ": change \"" + id + "\"";
            if (changes.stream().anyMatch(c -> c.id().equals(id))) {
                throw YamlEntries.problem(entry, at, "appears twice; change ids must be unique");
            }
            changes.add(new ChangesSinceGuide.Change(id, YamlEntries.text(entry, "title", at),
                    YamlEntries.text(entry, "guide-relied-on", at), YamlEntries.text(entry, "now", at),
                    YamlEntries.text(entry, "since", at), YamlEntries.texts(entry, "guidance", at)));
        }
        return new ChangesSinceGuide(YamlEntries.text(node, "guide", where), changes);
    }
}
