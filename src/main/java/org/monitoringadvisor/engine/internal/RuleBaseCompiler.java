package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/**
 * Compiles the DRL files of a {@link Knowledge} into a KieBase and checks what the compiler cannot: every rule
 * cites guidance ids that exist, and every question and finding a rule names is in the catalogues. All problems
 * are collected and reported together.
 */
public final class RuleBaseCompiler {

    /** The metadata key rules carry their guidance ids under: {@code @guidance("a, b")}. */
    public static final String GUIDANCE = Knowledge.GUIDANCE_METADATA;

    private static final String RESOURCE_ROOT = "src/main/resources/rules/";
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final Pattern CONCLUSION = Pattern.compile("new\\s+Conclusion\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern ASK = Pattern.compile("new\\s+Ask\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");

    private RuleBaseCompiler() {
    }

    /** Compiles and checks; throws {@link RuleBaseException} listing every problem found. */
    public static CompiledRules compile(Knowledge knowledge) {
        List<RuleProblem> problems = new ArrayList<>(checkNamedIds(knowledge));
        KieBase kieBase = withOwnClassLoader(() -> build(knowledge, problems));
        return checked(knowledge, kieBase, problems);
    }

    /**
     * Builds a KieBase from packages compiled earlier (see {@link PrecompiledRules}) and runs the same checks as
     * {@link #compile}; the packages must have been compiled from the DRL files of {@code knowledge}.
     */
    public static CompiledRules fromPackages(Knowledge knowledge, Collection<KiePackage> packages) {
        return fromKieBase(knowledge, withOwnClassLoader(() -> kieBaseOf(packages)));
    }

    /** A KieBase of packages compiled earlier, not yet checked against any catalogue (see {@link #fromKieBase}). */
    static KieBase kieBaseOf(Collection<KiePackage> packages) {
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, RuleBaseCompiler.class.getClassLoader()));
        base.addPackages(packages);
        return base;
    }

    /** Runs {@link #compile}'s checks on a KieBase built from packages compiled from {@code knowledge}'s DRL. */
    static CompiledRules fromKieBase(Knowledge knowledge, KieBase kieBase) {
        return checked(knowledge, kieBase, new ArrayList<>(checkNamedIds(knowledge)));
    }

    private static CompiledRules checked(Knowledge knowledge, KieBase kieBase, List<RuleProblem> problems) {
        Map<String, RuleInfo> rules = kieBase == null ? Map.of() : describeRules(kieBase, knowledge, problems);
        problems.addAll(FootingCheck.check(knowledge, rules, concludingRules(knowledge)));
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            throw new RuleBaseException(problems);
        }
        return new CompiledRules(kieBase, rules);
    }

    /**
     * Compiles the DRL files alone and returns what the Drools compiler said about them (errors and warnings, with
     * file and line), without this class's own checks: for the authors' {@code check}, which makes those itself.
     */
    public static List<RuleProblem> compilerMessages(Knowledge knowledge) {
        List<RuleProblem> problems = new ArrayList<>();
        withOwnClassLoader(() -> build(knowledge, problems));
        return problems;
    }

    /**
     * Runs Drools calls with this library's class loader as the context class loader: {@code KieServices} looks
     * its parts up there, and a host application's plugin loader may not see them.
     */
    public static <T> T withOwnClassLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleBaseCompiler.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static KieBase build(Knowledge knowledge, List<RuleProblem> problems) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.monitoringadvisor", "rulebase-" + BUILDS.incrementAndGet(),
                "1.0.0");
        files.generateAndWritePomXML(releaseId);
        Map<String, RuleFile> byPath = new HashMap<>();
        for (RuleFile file : knowledge.ruleFiles()) {
            files.write(RESOURCE_ROOT + file.name(), file.text());
            byPath.put(RESOURCE_ROOT + file.name(), file);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        boolean failed = false;
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() == Message.Level.INFO) {
                continue;
            }
            String where = locate(message.getPath(), byPath);
            String text = message.getText().strip().replaceAll("\\s+", " ");
            if (message.getLevel() == Message.Level.ERROR) {
                failed = true;
                problems.add(RuleProblem.error(where, message.getLine(), message.getColumn(), text));
            } else {
                problems.add(new RuleProblem(where, message.getLine(), message.getColumn(), "warning", text));
            }
        }
        if (failed) {
            return null;
        }
        try {
            return services.newKieContainer(releaseId).getKieBase();
        } finally {
            // Each build would otherwise stay in the global repository for the life of the JVM.
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** Drools reports some paths with the resource root and some without (consequence errors): match either. */
    private static String locate(String path, Map<String, RuleFile> byPath) {
        if (path == null) {
            return "(rule base)";
        }
        RuleFile file = byPath.get(path);
        if (file == null) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            file = byPath.get(RESOURCE_ROOT + name);
        }
        return file == null ? path : file.location();
    }

    private static Map<String, RuleInfo> describeRules(KieBase kieBase, Knowledge knowledge, List<RuleProblem> problems) {
        Map<String, RuleInfo> rules = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String file = fileOf(rule, knowledge);
                Object cited = rule.getMetaData().get(GUIDANCE);
                List<String> guidance = cited == null ? List.of()
                        : Arrays.stream(cited.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
                if (guidance.isEmpty()) {
                    problems.add(RuleProblem.error(file, 0, 0, "rule \"" + rule.getName()
                            + "\" cites no guidance; add @guidance(\"id\") with ids from sources.yaml"));
                }
                for (String id : guidance) {
                    if (knowledge.sources().find(id).isEmpty()) {
                        problems.add(RuleProblem.error(file, 0, 0, "rule \"" + rule.getName() + "\" cites guidance \""
                                + id + "\", which is not in sources.yaml"));
                    }
                }
                RuleInfo info = new RuleInfo(rule.getName(), file, lineOf(rule, knowledge), guidance);
                if (rules.put(rule.getName(), info) != null) {
                    problems.add(RuleProblem.error(file, 0, 0, "rule name \"" + rule.getName()
                            + "\" is used twice; rule names must be unique"));
                }
            }
        }
        return rules;
    }

    /** The line the rule's {@code rule "name"} is on in its file, for messages about it at run time; 0 if unknown. */
    private static int lineOf(Rule rule, Knowledge knowledge) {
        String header = "rule \"" + rule.getName() + "\"";
        String file = fileOf(rule, knowledge);
        for (RuleFile each : knowledge.ruleFiles()) {
            if (each.location().equals(file)) {
                String[] lines = each.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].strip().startsWith(header)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static String fileOf(Rule rule, Knowledge knowledge) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            for (RuleFile file : knowledge.ruleFiles()) {
                if (path.endsWith("/" + file.name()) || path.equals(file.name())) {
                    return file.location();
                }
            }
            return path;
        }
        return rule.getPackageName();
    }

    /** For each finding id written in a {@code new Conclusion( "id" )}, the rule whose text it is in. */
    private static Map<String, String> concludingRules(Knowledge knowledge) {
        Map<String, String> concludedBy = new HashMap<>();
        for (RuleFile file : knowledge.ruleFiles()) {
            TreeMap<Integer, String> rulesByStart = new TreeMap<>();
            Matcher rule = RULE.matcher(file.text());
            while (rule.find()) {
                rulesByStart.put(rule.start(), rule.group(1));
            }
            Matcher conclusion = CONCLUSION.matcher(file.text());
            while (conclusion.find()) {
                Map.Entry<Integer, String> inRule = rulesByStart.floorEntry(conclusion.start());
                if (inRule != null) {
                    concludedBy.putIfAbsent(conclusion.group(1), inRule.getValue());
                }
            }
        }
        return concludedBy;
    }

    /** Finds finding and question ids written in the DRL that the catalogues do not know, with their lines. */
    private static List<RuleProblem> checkNamedIds(Knowledge knowledge) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> concludedIn = new HashMap<>();
        for (RuleFile file : knowledge.ruleFiles()) {
            int[] lines = lineStarts(file.text());
            Matcher conclusion = CONCLUSION.matcher(file.text());
            while (conclusion.find()) {
                String id = conclusion.group(1);
                int[] at = lineAndColumn(lines, conclusion.start(1));
                if (knowledge.findings().find(id).isEmpty()) {
                    problems.add(RuleProblem.error(file.location(), at[0], at[1], "finding \"" + id
                            + "\" is not in any .findings.yaml file"));
                }
                String earlier = concludedIn.putIfAbsent(id, file.location() + ":" + at[0]);
                if (earlier != null) {
                    problems.add(RuleProblem.error(file.location(), at[0], at[1], "finding \"" + id
                            + "\" is already concluded at " + earlier + "; let one rule conclude each finding"));
                }
            }
            Matcher ask = ASK.matcher(file.text());
            while (ask.find()) {
                String id = ask.group(1);
                if (knowledge.questions().find(id).isEmpty()) {
                    int[] at = lineAndColumn(lines, ask.start(1));
                    problems.add(RuleProblem.error(file.location(), at[0], at[1], "question \"" + id
                            + "\" is not in questions.yaml"));
                }
            }
        }
        return problems;
    }

    /** Where each line of {@code text} starts, so offsets become lines without rescanning the text each time. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, lines);
    }

    private static int[] lineAndColumn(int[] lineStarts, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }
}
