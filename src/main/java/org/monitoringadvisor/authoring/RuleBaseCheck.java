package org.monitoringadvisor.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleLoopException;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Question;

/**
 * {@code check}: loads the catalogues, lints the rules, compiles them, runs them once with no answers and once
 * with every answer unknown (to catch a runaway rule), then runs the rule base's scenarios to find the rules no
 * scenario covers. Every problem comes back at the line to fix.
 */
public final class RuleBaseCheck {

    private static final Pattern KNOWLEDGE_PLACE = Pattern.compile("^(.*?)(?::(\\d+)(?::(\\d+))?)?(?:: (.*))?$");
    private static final Pattern QUOTED_ID = Pattern.compile("\"([^\"]+)\"");

    private RuleBaseCheck() {
    }

    /**
     * Checks a rule base.
     *
     * @param files     the knowledge files (built-in or a folder)
     * @param scenarios the rule base's scenario files, read when the rules compile
     */
    public static CheckReport check(KnowledgeFiles files, Supplier<List<ScenarioSource>> scenarios) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(scenarios, "scenarios");
        Problems problems = new Problems();
        Knowledge knowledge;
        try {
            knowledge = Knowledge.load(files);
        } catch (KnowledgeException e) {
            problems.add(knowledgeProblem(e, files));
            return new CheckReport(problems.sorted(), 0, 0);
        }
        List<DrlFile> drl = read(knowledge);
        List<DrlRule> rules = drl.stream().flatMap(f -> f.rules().stream()).toList();
        Linter.lint(new LintInput(knowledge, drl, new CatalogueLines(files)), problems);
        Advisor advisor = compile(knowledge, problems);
        int ran = 0;
        if (advisor != null) {
            Map<String, Position> where = new LinkedHashMap<>();
            rules.forEach(r -> where.putIfAbsent(r.name(), r.position()));
            runWithoutScenarios(advisor, knowledge, where, problems);
            ran = coverage(advisor, knowledge, scenarios, rules, where, problems);
        }
        return new CheckReport(problems.sorted(), rules.size(), ran);
    }

    /**
     * The errors the lints find without compiling, such as a question id or answer value in a rule's condition
     * that the catalogue does not have: such a rule would compile and silently never fire.
     *
     * @param files     the knowledge files, for the lines of catalogue entries
     * @param knowledge the same files, loaded
     */
    public static List<RuleProblem> lintErrors(KnowledgeFiles files, Knowledge knowledge) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(knowledge, "knowledge");
        Problems problems = new Problems();
        Linter.lint(new LintInput(knowledge, read(knowledge), new CatalogueLines(files)), problems);
        return problems.sorted().stream().filter(RuleProblem::isError).toList();
    }

    /** The rules of a rule base as Drools' parser reads them, in file order. */
    static List<DrlRule> rules(Knowledge knowledge) {
        return read(knowledge).stream().flatMap(f -> f.rules().stream()).toList();
    }

    private static List<DrlFile> read(Knowledge knowledge) {
        return knowledge.ruleFiles().stream().map(f -> DrlReader.read(f.location(), f.text())).toList();
    }

    /**
     * Compiles once. When that fails, the Drools compiler's own messages are added to the lints (the engine's
     * checks repeat what the lints say, with less precise lines); should the lints have missed what the engine
     * rejected, its words are kept.
     */
    private static Advisor compile(Knowledge knowledge, Problems problems) {
        try {
            return Advisor.from(knowledge);
        } catch (RuleBaseException e) {
            boolean lintedDuplicate = problems.sorted().stream().anyMatch(p -> p.message().startsWith("rule name"));
            for (RuleProblem message : Advisor.compilerMessages(knowledge)) {
                if (!(lintedDuplicate && message.message().startsWith("Duplicate rule name"))) {
                    problems.add(message);
                }
            }
            if (!problems.hasErrors()) {
                e.problems().forEach(problems::add);
                if (e.problems().isEmpty()) {
                    problems.error(Position.startOf(knowledge.ruleFiles().get(0).location()), e.getMessage());
                }
            }
            return null;
        }
    }

    /** Runs the rules with no answers and with every answer unknown: a runaway rule shows up here. */
    private static void runWithoutScenarios(Advisor advisor, Knowledge knowledge, Map<String, Position> where,
                                            Problems problems) {
        Map<String, String> unknown = new LinkedHashMap<>();
        knowledge.questions().all().stream().map(Question::id).forEach(id -> unknown.put(id, Answer.UNKNOWN));
        for (Map<String, String> answers : List.of(Map.<String, String>of(), unknown)) {
            try {
                advisor.assess(answers);
            } catch (RuleBaseException e) {
                reportRunFailure(e, answers.isEmpty() ? "with no answers" : "with every answer unknown", where,
                        knowledge, problems);
                return;
            }
        }
    }

    private static int coverage(Advisor advisor, Knowledge knowledge, Supplier<List<ScenarioSource>> scenarios,
                                List<DrlRule> rules, Map<String, Position> where, Problems problems) {
        ScenarioReader reader = new ScenarioReader(knowledge, where.keySet());
        ScenarioRunner runner = new ScenarioRunner(advisor);
        List<ScenarioSource> sources;
        try {
            sources = scenarios.get();
        } catch (ScenarioFileException e) {
            problems.error(new Position(e.location(), Math.max(e.line(), 1), 1), e.problem());
            return 0;
        }
        Set<String> fired = new HashSet<>();
        int ran = 0;
        boolean allRead = true;
        for (ScenarioSource source : sources) {
            List<Scenario> read;
            try {
                read = reader.read(source);
            } catch (ScenarioFileException e) {
                problems.error(new Position(e.location(), Math.max(e.line(), 1), 1), e.problem());
                allRead = false;
                continue;
            }
            for (Scenario scenario : read) {
                ScenarioResult result = runner.run(scenario);
                ran++;
                fired.addAll(result.firedRules());
                if (result.error() != null) {
                    problems.error(new Position(scenario.file(), scenario.line(), 1), "scenario \"" + scenario.name()
                            + "\" could not run: " + result.error());
                }
            }
        }
        if (!allRead) {
            return ran; // which rules are covered is not known until every scenario file reads
        }
        String folder = sources.isEmpty() ? ScenarioSources.FOLDER + "/" : "a scenario file";
        for (DrlRule rule : rules) {
            if (!fired.contains(rule.name())) {
                problems.warning(rule.position(), "no scenario makes rule \"" + rule.name() + "\" fire; add one to "
                        + folder + " (see docs/rule-authoring.md)");
            }
        }
        return ran;
    }

    private static void reportRunFailure(RuleBaseException e, String how, Map<String, Position> where,
                                         Knowledge knowledge, Problems problems) {
        if (e instanceof RuleLoopException loop && !loop.rules().isEmpty()) {
            for (String rule : loop.rules()) {
                Position at = where.getOrDefault(rule, Position.startOf(knowledge.ruleFiles().get(0).location()));
                problems.error(at, "rule \"" + rule + "\" looks like a runaway: run " + how + ", "
                        + e.getMessage());
            }
            return;
        }
        problems.error(Position.startOf(knowledge.ruleFiles().get(0).location()), "running the rules " + how
                + ": " + e.getMessage());
    }

    /** A broken catalogue as a problem at its file, and at the entry's line where the message names one. */
    private static RuleProblem knowledgeProblem(KnowledgeException e, KnowledgeFiles files) {
        String problem = e.getMessage().substring(Math.min(e.file().length() + 2, e.getMessage().length()));
        Matcher place = KNOWLEDGE_PLACE.matcher(e.file());
        if (!place.matches()) {
            return RuleProblem.error(e.file(), 1, 1, problem);
        }
        String file = place.group(1);
        int line = place.group(2) == null ? 1 : Integer.parseInt(place.group(2));
        int column = place.group(3) == null ? 1 : Integer.parseInt(place.group(3));
        String entry = place.group(4);
        if (entry != null) {
            Matcher id = QUOTED_ID.matcher(entry);
            String name = files.names().stream().filter(n -> files.location(n).equals(file)).findFirst().orElse(null);
            if (id.find() && name != null) {
                Position at = new CatalogueLines(files).entry(name, id.group(1));
                line = at.line();
                column = at.column();
            }
            problem = entry + ": " + problem;
        }
        return RuleProblem.error(file, line, column, problem);
    }
}
