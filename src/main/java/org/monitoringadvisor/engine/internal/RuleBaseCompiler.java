package org.monitoringadvisor.engine.internal;

import org.monitoringadvisor.engine.Background;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.mvel.java.JavaForMvelDialectConfiguration;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.KieResources;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.engine.check.ParsedRuleFiles;
import org.monitoringadvisor.engine.check.RuleBaseLint;
import org.monitoringadvisor.engine.check.RuleInfo;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/**
 * Compiles the DRL files of a {@link Knowledge} into a KieBase. The rule-base checker ({@link RuleBaseLint}) reads
 * them too: its errors (a question, value, finding or guidance id the catalogues lack; a syntax error) and the
 * Drools compiler's, reworded by the same checker, are reported together, each at its file, line and column.
 */
public final class RuleBaseCompiler {

    static final String RESOURCE_ROOT = "src/main/resources/rules/";
    private static final AtomicReference<StartedBuild> STARTED = new AtomicReference<>();

    private RuleBaseCompiler() {
    }

    /**
     * Checks and compiles; throws {@link RuleBaseException} listing every error found. Drools builds first and the
     * checker reads the rules after it, so that a caller that has the checker read them meanwhile on another thread
     * ({@code check}, which lints the rule base for its authors) finds them read, and linted.
     */
    public static CompiledRules compile(Knowledge knowledge) {
        DroolsBuild drools = startedBuild(knowledge.ruleFiles());
        RuleBaseLint lint = RuleBaseLint.forCompiler(knowledge);
        List<RuleProblem> problems = new ArrayList<>(lint.errors());
        // A file the parser cannot read gave Drools nothing to compile: the checker has said where it stops.
        KieBase kieBase = lint.readable() ? drools.result(lint, problems) : null;
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            throw new RuleBaseException(problems.stream().filter(RuleProblem::isError).distinct().toList());
        }
        return new CompiledRules(kieBase, byName(lint.rules()));
    }

    /**
     * Starts Drools' build of {@code ruleFiles} on a daemon thread of its own, for the next {@link #compile} of a rule
     * base with exactly these files to use: {@code check} starts it before it loads the catalogues, which Drools does
     * not need. Only the latest build started is kept; {@link #forgetStartedBuild} drops it.
     */
    public static void startBuilding(List<RuleFile> ruleFiles) {
        List<RuleFile> files = List.copyOf(ruleFiles);
        ParsedRuleFiles parse = parsedAsDroolsReads(files) ? ParsedRuleFiles.promise(files) : null;
        STARTED.set(new StartedBuild(files, Background.start("rules-build", () -> {
            try {
                return withOwnClassLoader(() -> build(files, parse));
            } finally {
                if (parse != null) {
                    parse.abandon();
                }
            }
        })));
    }

    /**
     * Whether Drools, given a file's text as UTF-8 bytes, reads the same text: it decodes them with the platform's
     * charset, which on Java 17 need not be UTF-8; a text in ASCII reads the same in any.
     */
    private static boolean parsedAsDroolsReads(List<RuleFile> files) {
        return Charset.defaultCharset().equals(StandardCharsets.UTF_8)
                || files.stream().allMatch(f -> f.text().chars().allMatch(c -> c < 0x80));
    }

    /** Drops the build {@link #startBuilding} started, if no compile has taken it (the catalogues did not load). */
    public static void forgetStartedBuild() {
        STARTED.set(null);
    }

    /** The build started for these files, waited for, or else a build of them here. */
    private static DroolsBuild startedBuild(List<RuleFile> ruleFiles) {
        StartedBuild started = STARTED.getAndSet(null);
        if (started == null || !started.ruleFiles().equals(ruleFiles)) {
            return withOwnClassLoader(() -> build(ruleFiles, null));
        }
        try {
            return started.build().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Builds a KieBase from packages compiled and checked earlier (see {@link PrecompiledRules}), with the rules as
     * the checker read them then.
     */
    static CompiledRules fromPackages(Collection<KiePackage> packages, Collection<RuleInfo> rules) {
        KieBase kieBase = newKieBase(packages);
        return new CompiledRules(kieBase, byName(rules), SessionPool.reusingInLanes(kieBase));
    }

    static KieBase newKieBase(Collection<KiePackage> packages) {
        return withOwnClassLoader(() -> {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, RuleBaseCompiler.class.getClassLoader()));
            base.addPackages(packages);
            return base;
        });
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

    private static Map<String, RuleInfo> byName(Collection<RuleInfo> rules) {
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        rules.forEach(rule -> byName.putIfAbsent(rule.name(), rule));
        return byName;
    }

    /** A build of these rule files, started before its compile. */
    private record StartedBuild(List<RuleFile> ruleFiles, CompletableFuture<DroolsBuild> build) {
    }

    /** What Drools made of the rule files: its messages, and its packages when it compiled them. */
    private record DroolsBuild(List<Message> messages, Map<String, RuleFile> byPath, Collection<KiePackage> packages,
                               RuntimeException failure) {

        /**
         * The KieBase, with Drools' errors and warnings added to {@code problems} in the checker's words; null if it
         * did not compile.
         */
        KieBase result(RuleBaseLint lint, List<RuleProblem> problems) {
            if (failure != null) {
                throw failure;
            }
            boolean failed = false;
            for (Message message : messages) {
                if (message.getLevel() == Message.Level.INFO) {
                    continue;
                }
                boolean error = message.getLevel() == Message.Level.ERROR;
                failed |= error;
                lint.compilerMessage(locate(message.getPath(), byPath), message.getLine(), message.getColumn(),
                        message.getText(), error).ifPresent(problems::add);
            }
            if (failed) {
                if (problems.stream().noneMatch(RuleProblem::isError)) {
                    problems.add(RuleProblem.error("(rule base)", 0, 0, "Drools could not compile the rules"));
                }
                return null;
            }
            return newKieBase(packages);
        }
    }

    /**
     * Drools' build of the rule files; with {@code parse}, they are parsed once there for Drools and the checker (the
     * checker's own parse, with the resource Drools would have parsed each with), else Drools parses their text.
     */
    private static DroolsBuild build(List<RuleFile> ruleFiles, ParsedRuleFiles parse) {
        ClassLoader loader = RuleBaseCompiler.class.getClassLoader();
        KnowledgeBuilderConfigurationImpl configuration = KnowledgeBuilderFactory
                .newKnowledgeBuilderConfiguration(null, loader).as(KnowledgeBuilderConfigurationImpl.KEY);
        JavaForMvelDialectConfiguration java = TwoBatchJavaDialect.configuration();
        java.init(configuration);
        configuration.setDialectConfiguration("java", java);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        KieResources resources = KieServices.Factory.get().getResources();
        Map<String, RuleFile> byPath = new LinkedHashMap<>();
        // In one batch, as a KieBuilder adds them: declarations in one file may be used in another.
        CompositeKnowledgeBuilder batch = builder.batch();
        Map<RuleFile, Resource> texts = new LinkedHashMap<>();
        for (RuleFile file : ruleFiles) {
            texts.put(file, resources.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(RESOURCE_ROOT + file.name()));
            byPath.put(RESOURCE_ROOT + file.name(), file);
        }
        Optional<List<PackageDescr>> parsed = parse == null ? Optional.empty() : parse.parse(texts::get);
        for (int i = 0; i < ruleFiles.size(); i++) {
            RuleFile file = ruleFiles.get(i);
            if (parsed.isPresent()) {
                batch.add(ResourceFactory.newDescrResource(parsed.get().get(i)).setSourcePath(RESOURCE_ROOT + file.name()),
                        ResourceType.DESCR);
            } else {
                batch.add(texts.get(file), ResourceType.DRL);
            }
        }
        try {
            batch.build();
        } catch (RuntimeException e) {
            // Reported only if the checker could read the rules: before, Drools was not run on unreadable ones.
            return new DroolsBuild(List.of(), byPath, List.of(), e);
        }
        // The messages a KieBuilder makes of the builder's results: the errors, then the warnings.
        List<Message> messages = new ArrayList<>();
        for (KnowledgeBuilderResult error : builder.getErrors()) {
            messages.add(error.asMessage(messages.size()));
        }
        for (KnowledgeBuilderResult warning : builder.getResults(ResultSeverity.WARNING)) {
            messages.add(warning.asMessage(messages.size()));
        }
        return new DroolsBuild(messages, byPath, builder.hasErrors() ? List.of() : builder.getKnowledgePackages(),
                null);
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
}
