package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleProblem;
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
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private RuleBaseCompiler() {
    }

    /**
     * Checks and compiles; throws {@link RuleBaseException} listing every error found. Drools builds first and the
     * checker reads the rules after it, so that a caller that has the checker read them meanwhile on another thread
     * ({@code check}, which lints the rule base for its authors) finds them read.
     */
    public static CompiledRules compile(Knowledge knowledge) {
        DroolsBuild drools = withOwnClassLoader(() -> build(knowledge));
        RuleBaseLint lint = RuleBaseLint.of(knowledge);
        List<RuleProblem> problems = new ArrayList<>(lint.errors());
        // A file the parser cannot read gave Drools nothing to compile: the checker has said where it stops.
        KieBase kieBase = lint.readable() ? drools.result(lint, problems) : drools.discard();
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            throw new RuleBaseException(problems.stream().filter(RuleProblem::isError).distinct().toList());
        }
        return new CompiledRules(kieBase, byName(lint.rules()));
    }

    /**
     * Builds a KieBase from packages compiled and checked earlier (see {@link PrecompiledRules}), with the rules as
     * the checker read them then.
     */
    static CompiledRules fromPackages(Collection<KiePackage> packages, Collection<RuleInfo> rules) {
        KieBase kieBase = withOwnClassLoader(() -> {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, RuleBaseCompiler.class.getClassLoader()));
            base.addPackages(packages);
            return base;
        });
        return new CompiledRules(kieBase, byName(rules));
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

    /** What Drools made of the rule files: its messages, and its container when it compiled them. */
    private record DroolsBuild(List<Message> messages, Map<String, RuleFile> byPath, ReleaseId releaseId,
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
                return discard();
            }
            return withOwnClassLoader(() -> {
                KieServices services = KieServices.Factory.get();
                try {
                    return services.newKieContainer(releaseId).getKieBase();
                } finally {
                    // Each build would otherwise stay in the global repository for the life of the JVM.
                    services.getRepository().removeKieModule(releaseId);
                }
            });
        }

        /** Forgets the build: the rules were not readable, so what Drools said adds nothing. */
        KieBase discard() {
            if (releaseId != null) {
                KieServices.Factory.get().getRepository().removeKieModule(releaseId);
            }
            return null;
        }
    }

    private static DroolsBuild build(Knowledge knowledge) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.monitoringadvisor", "rulebase-" + BUILDS.incrementAndGet(),
                "1.0.0");
        files.generateAndWritePomXML(releaseId);
        Map<String, RuleFile> byPath = new LinkedHashMap<>();
        for (RuleFile file : knowledge.ruleFiles()) {
            files.write(RESOURCE_ROOT + file.name(), file.text());
            byPath.put(RESOURCE_ROOT + file.name(), file);
        }
        try {
            KieBuilder builder = services.newKieBuilder(files).buildAll();
            return new DroolsBuild(builder.getResults().getMessages(), byPath, releaseId, null);
        } catch (RuntimeException e) {
            // Reported only if the checker could read the rules: before, Drools was not run on unreadable ones.
            return new DroolsBuild(List.of(), byPath, releaseId, e);
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
}
