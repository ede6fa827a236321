package org.monitoringadvisor.authoring;

import org.monitoringadvisor.engine.Background;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.CompileAhead;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleLoopException;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.engine.check.Problems;
import org.monitoringadvisor.engine.check.RuleBaseLint;
import org.monitoringadvisor.engine.check.RuleInfo;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.Position;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Question;
import org.slf4j.LoggerFactory;

/**
 * {@code check}: loads the catalogues, lints the rules, compiles them, runs them once with no answers and once
 * with every answer unknown (to catch a runaway rule), then runs the rule base's scenarios to find the rules no
 * scenario covers. Every problem comes back at the line to fix.
 */
public final class RuleBaseCheck {

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
        // SLF4J, which Drools logs through, is set up here first: set up by two threads at once, it prints a warning
        // on standard error about the messages it held back meanwhile.
        LoggerFactory.getILoggerFactory();
        // Drools needs only the rule files: it starts on them while the catalogues load.
        startBuilding(files);
        Knowledge knowledge;
        try {
            knowledge = Knowledge.load(files);
        } catch (KnowledgeException e) {
            CompileAhead.forget();
            problems.add(knowledgeProblem(e));
            return new CheckReport(problems.sorted(), 0, 0);
        }
        // Drools compiles on a thread of its own while the rules are linted here: on two cores the two overlap, and
        // the compiler finds the rules already read by the lint (it reads them once Drools is done).
        CompletableFuture<Advisor> compiling = startCompiling(knowledge);
        RuleBaseLint lint = RuleBaseLint.of(knowledge, files);
        lint.problems().forEach(problems::add);
        List<RuleInfo> rules = lint.rules();
        Advisor advisor = compiled(compiling, knowledge, problems);
        int ran = 0;
        if (advisor != null) {
            Map<String, Position> where = new LinkedHashMap<>();
            rules.forEach(r -> where.putIfAbsent(r.name(), r.position()));
            runWithoutScenarios(advisor, knowledge, where, problems);
            ran = coverage(advisor, knowledge, scenarios, rules, where, problems);
        }
        return new CheckReport(problems.sorted(), rules.size(), ran);
    }

    /** The rules of a rule base as Drools' parser reads them, in file order. */
    static List<RuleInfo> rules(Knowledge knowledge) {
        return RuleBaseLint.of(knowledge).rules();
    }

    /** Starts Drools' build of the folder's rule files, read as {@link Knowledge#load} reads them. */
    private static void startBuilding(KnowledgeFiles files) {
        List<RuleFile> ruleFiles;
        try {
            ruleFiles = files.names().stream().filter(n -> n.endsWith(".drl"))
                    .map(n -> new RuleFile(n, files.location(n), files.read(n))).toList();
        } catch (KnowledgeException e) {
            return; // Knowledge.load reports it
        }
        if (!ruleFiles.isEmpty()) {
            CompileAhead.start(ruleFiles);
        }
    }

    /** Starts compiling the rules once, on a daemon thread of its own (it takes up the build started above). */
    private static CompletableFuture<Advisor> startCompiling(Knowledge knowledge) {
        return Background.start("check-compile", () -> Advisor.from(knowledge));
    }

    /**
     * The rules compiled, or null if they do not compile. The compiler runs the same checker as above, so its errors
     * repeat the checker's (and are merged with them); what only the Drools compiler finds is added, in the
     * checker's words. Anything else the compiler threw is thrown here, as it was there.
     */
    private static Advisor compiled(CompletableFuture<Advisor> compiling, Knowledge knowledge, Problems problems) {
        try {
            return compiling.join();
        } catch (CompletionException wrapped) {
            if (wrapped.getCause() instanceof RuleBaseException e) {
                e.problems().forEach(problems::add);
                if (e.problems().isEmpty()) {
                    problems.error(Position.startOf(knowledge.ruleFiles().get(0).location()), e.getMessage());
                }
                return null;
            }
            if (wrapped.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (wrapped.getCause() instanceof Error e) {
                throw e;
            }
            throw wrapped;
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
                                List<RuleInfo> rules, Map<String, Position> where, Problems problems) {
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
                Position scenarioAt = new Position(scenario.file(), scenario.line(), 1);
                for (String rule : result.runaway()) {
                    problems.error(where.getOrDefault(rule, scenarioAt), "rule \"" + rule + "\" looks like a runaway: "
                            + "run by scenario \"" + scenario.name() + "\" (" + scenario.file() + ":" + scenario.line()
                            + "), " + result.error());
                }
                if (result.error() != null && result.runaway().isEmpty()) {
                    problems.error(scenarioAt, "scenario \"" + scenario.name() + "\" could not run: " + result.error());
                }
            }
        }
        if (!allRead) {
            return ran; // which rules are covered is not known until every scenario file reads
        }
        String folder = sources.isEmpty() ? ScenarioSources.FOLDER + "/" : "a scenario file";
        for (RuleInfo rule : rules) {
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

    /** A broken catalogue as a problem at its file, line and column (the start of the file when it has none). */
    private static RuleProblem knowledgeProblem(KnowledgeException e) {
        Position at = e.position();
        return RuleProblem.error(at.file(), Math.max(at.line(), 1), Math.max(at.column(), 1), e.problem());
    }
}
