package org.monitoringadvisor.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.monitoringadvisor.engine.check.RuleInfo;
import org.monitoringadvisor.engine.check.Suggestions;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.YamlNode;
import org.monitoringadvisor.knowledge.YamlReader;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Source;

/**
 * Reads scenario files (the format is in {@code docs/rule-authoring.md}) and checks every id in them against the
 * rule base, so a typo in a scenario is reported at its line instead of making the scenario pass or fail for the
 * wrong reason.
 */
public final class ScenarioReader {

    private static final Set<String> SCENARIO_KEYS = Set.of("name", "given", "present", "absent", "asked", "not-asked",
            "lead-with");
    private static final Set<String> PATTERN_KEYS = Set.of("id", "kind", "priority", "guidance", "rule", "footing");

    private final Knowledge knowledge;
    private final Collection<String> ruleNames;

    /**
     * @param knowledge the rule base's catalogues, to check ids against
     * @param ruleNames the names of its rules, to check {@code rule:} patterns against
     */
    public ScenarioReader(Knowledge knowledge, Collection<String> ruleNames) {
        this.knowledge = knowledge;
        this.ruleNames = List.copyOf(ruleNames);
    }

    /** A reader for the rule base in {@code knowledge}, taking its rule names from its DRL files. */
    public static ScenarioReader forRuleBase(Knowledge knowledge) {
        return new ScenarioReader(knowledge, RuleBaseCheck.rules(knowledge).stream().map(RuleInfo::name).toList());
    }

    /**
     * The scenarios of one file, in the order written.
     *
     * @throws ScenarioFileException naming the file and line of the first problem
     */
    public List<Scenario> read(ScenarioSource source) {
        String file = source.location();
        YamlNode root = parse(file, source.text());
        if (root == null || !root.isMap() || !root.fields().containsKey("scenarios")) {
            throw new ScenarioFileException(file, root == null ? 0 : root.line(),
                    "expected \"scenarios:\" with a list of scenarios under it");
        }
        for (String key : root.fields().keySet()) {
            if (!key.equals("scenarios")) {
                throw new ScenarioFileException(file, root.fields().get(key).line(), "unknown key \"" + key
                        + "\"; a scenario file has only \"scenarios:\"");
            }
        }
        YamlNode list = root.fields().get("scenarios");
        if (!list.isList() || list.items().isEmpty()) {
            throw new ScenarioFileException(file, list.line(), "\"scenarios\" must be a list of scenarios, each "
                    + "starting with \"- name:\"");
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : list.items()) {
            Scenario scenario = scenario(file, item);
            if (!names.add(scenario.name())) {
                throw new ScenarioFileException(file, item.line(), "scenario name \"" + scenario.name()
                        + "\" is used twice in this file; give each scenario its own name");
            }
            scenarios.add(scenario);
        }
        return scenarios;
    }

    private static YamlNode parse(String file, String text) {
        try {
            return YamlReader.parse(file, text);
        } catch (KnowledgeException e) {
            throw new ScenarioFileException(file, e.position().line(), e.problem());
        }
    }

    private Scenario scenario(String file, YamlNode item) {
        if (!item.isMap()) {
            throw new ScenarioFileException(file, item.line(), "each scenario must be a map starting with \"- name:\"");
        }
        for (Map.Entry<String, YamlNode> field : item.fields().entrySet()) {
            if (!SCENARIO_KEYS.contains(field.getKey())) {
                throw new ScenarioFileException(file, field.getValue().line(), "unknown key \"" + field.getKey()
                        + "\"; a scenario has " + String.join(", ", List.of("name", "given", "present", "absent",
                        "asked", "not-asked", "lead-with")) + Suggestions.didYouMean(field.getKey(), SCENARIO_KEYS));
            }
        }
        YamlNode nameNode = item.fields().get("name");
        if (nameNode == null || !nameNode.isScalar() || nameNode.text() == null || nameNode.text().isBlank()) {
            throw new ScenarioFileException(file, item.line(), "a scenario needs a \"name\": a sentence saying what "
                    + "it shows");
        }
        String name = nameNode.text().strip();
        Scenario scenario = new Scenario(name, file, item.line(), given(file, item.fields().get("given")),
                patterns(file, item.fields().get("present")), patterns(file, item.fields().get("absent")),
                questions(file, item.fields().get("asked")), questions(file, item.fields().get("not-asked")),
                leadWith(file, item.fields().get("lead-with")));
        if (scenario.present().isEmpty() && scenario.absent().isEmpty() && scenario.asked().isEmpty()
                && scenario.notAsked().isEmpty() && scenario.leadWith() == null) {
            throw new ScenarioFileException(file, item.line(), "scenario \"" + name + "\" expects nothing, so it "
                    + "cannot fail; add present, absent, asked, not-asked or lead-with");
        }
        return scenario;
    }

    private Map<String, String> given(String file, YamlNode node) {
        Map<String, String> given = new LinkedHashMap<>();
        if (node == null || node.isScalar() && node.text() == null) {
            return given;
        }
        if (!node.isMap()) {
            throw new ScenarioFileException(file, node.line(), "\"given\" must be a map of question ids to answers, "
                    + "such as \"personal-use: banned\"");
        }
        for (Map.Entry<String, YamlNode> answer : node.fields().entrySet()) {
            String id = answer.getKey().strip().toLowerCase(Locale.ROOT);
            YamlNode value = answer.getValue();
            Question question = question(file, value.line(), id);
            if (!value.isScalar() || value.text() == null || value.text().isBlank()) {
                throw new ScenarioFileException(file, value.line(), "give one answer to \"" + id + "\"; allowed: "
                        + String.join(", ", question.values()));
            }
            String text = value.text().strip().toLowerCase(Locale.ROOT);
            if (!question.allows(text)) {
                throw new ScenarioFileException(file, value.line(), "\"" + text + "\" is not an answer to " + id
                        + "; allowed: " + String.join(", ", question.values())
                        + Suggestions.didYouMean(text, question.values()));
            }
            given.put(id, text);
        }
        return given;
    }

    private Question question(String file, int line, String id) {
        return knowledge.questions().find(id).orElseThrow(() -> new ScenarioFileException(file, line,
                "unknown question \"" + id + "\"; it is not in questions.yaml"
                        + Suggestions.didYouMean(id, knowledge.questions().all().stream().map(Question::id).toList())));
    }

    private List<String> questions(String file, YamlNode node) {
        List<String> ids = new ArrayList<>();
        for (YamlNode item : listOf(file, node, "question ids")) {
            if (!item.isScalar() || item.text() == null) {
                throw new ScenarioFileException(file, item.line(), "expected a question id");
            }
            ids.add(question(file, item.line(), item.text().strip()).id());
        }
        return ids;
    }

    /** The findings to lead with, in order; null when the key is absent, so "lead-with: []" can say "none". */
    private List<String> leadWith(String file, YamlNode node) {
        if (node == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (YamlNode item : listOf(file, node, "finding ids, in the order they lead")) {
            if (!item.isScalar() || item.text() == null) {
                throw new ScenarioFileException(file, item.line(), "expected a finding id");
            }
            ids.add(findingId(file, item.line(), item.text().strip()));
        }
        return ids;
    }

    private List<FindingPattern> patterns(String file, YamlNode node) {
        List<FindingPattern> patterns = new ArrayList<>();
        for (YamlNode item : listOf(file, node, "findings")) {
            if (item.isScalar() && item.text() != null) {
                patterns.add(new FindingPattern(findingId(file, item.line(), item.text().strip()), null, null, null,
                        null));
            } else if (item.isMap() && !item.fields().isEmpty()) {
                patterns.add(pattern(file, item));
            } else {
                throw new ScenarioFileException(file, item.line(), "expected a finding id, or a map such as "
                        + "{kind: gap, guidance: some-id}");
            }
        }
        return patterns;
    }

    private FindingPattern pattern(String file, YamlNode item) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> field : item.fields().entrySet()) {
            YamlNode value = field.getValue();
            if (!PATTERN_KEYS.contains(field.getKey())) {
                throw new ScenarioFileException(file, value.line(), "unknown key \"" + field.getKey()
                        + "\"; a finding is matched by id, kind, priority, guidance, rule and footing"
                        + Suggestions.didYouMean(field.getKey(), PATTERN_KEYS));
            }
            if (!value.isScalar() || value.text() == null || value.text().isBlank()) {
                throw new ScenarioFileException(file, value.line(), "\"" + field.getKey() + "\" needs one value");
            }
            fields.put(field.getKey(), value.text().strip());
        }
        int line = item.line();
        String id = fields.containsKey("id") ? findingId(file, line, fields.get("id")) : null;
        FindingKind kind = null;
        Priority priority = null;
        Footing footing = null;
        try {
            kind = fields.containsKey("kind") ? FindingKind.fromId(fields.get("kind")) : null;
            priority = fields.containsKey("priority") ? Priority.fromId(fields.get("priority")) : null;
            footing = fields.containsKey("footing") ? Footing.fromId(fields.get("footing")) : null;
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(file, line, e.getMessage());
        }
        String guidance = fields.get("guidance");
        List<String> sources = knowledge.sources().all().stream().map(Source::id).toList();
        if (guidance != null && !sources.contains(guidance)) {
            throw new ScenarioFileException(file, line, "unknown guidance \"" + guidance + "\"; it is not in "
                    + "sources.yaml" + Suggestions.didYouMean(guidance, sources));
        }
        String rule = fields.get("rule");
        if (rule != null && !ruleNames.contains(rule)) {
            throw new ScenarioFileException(file, line, "no rule is named \"" + rule + "\""
                    + Suggestions.didYouMean(rule, ruleNames));
        }
        return new FindingPattern(id, kind, priority, guidance, rule, footing);
    }

    private String findingId(String file, int line, String id) {
        List<String> ids = knowledge.findings().all().stream().map(FindingText::id).toList();
        if (!ids.contains(id)) {
            throw new ScenarioFileException(file, line, "unknown finding \"" + id + "\"; it is not in any "
                    + ".findings.yaml file" + Suggestions.didYouMean(id, ids));
        }
        return id;
    }

    private static List<YamlNode> listOf(String file, YamlNode node, String what) {
        if (node == null || node.isScalar() && node.text() == null) {
            return List.of();
        }
        if (!node.isList()) {
            throw new ScenarioFileException(file, node.line(), "expected a list of " + what + ", such as [a, b] or "
                    + "one \"- item\" a line");
        }
        return node.items();
    }
}
