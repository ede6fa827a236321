package org.monitoringadvisor.policy.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.kie.api.runtime.KieSession;
import java.util.function.Supplier;
import org.monitoringadvisor.policy.cues.CueFound;

/**
 * The policy-reading rules ({@code rules/policy-reading/*.drl}), a KieBase of their own apart from the advice: they
 * take the cues found in sentences and conclude suggested answers and disagreements.
 */
public final class ReadingRules {

    /** A DRL file: its name, where it came from, and its text. */
    public record DrlFile(String name, String location, String text) {
    }

    /** A compile problem, with file and line. */
    public record Problem(String location, int line, String message) {
        @Override
        public String toString() {
            return location + ":" + line + ": error: " + message;
        }
    }

    /** What the rules concluded for one document. */
    public record Outcome(List<Suggested> suggested, List<Disputed> disputed, List<Signal> signals) {
    }

    /** Thrown when the DRL does not compile. */
    public static final class CompileException extends RuntimeException {
        private final List<Problem> problems;

        CompileException(List<Problem> problems) {
            super(String.join("\n", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Drools wants a file's folder to match its package. */
    private static final String ROOT = "src/main/resources/org/monitoringadvisor/policy/reading/";
    private static final AtomicInteger BUILDS = new AtomicInteger();
    /** Far more firings than a long handbook needs; more means the rules loop. */
    private static final int MAX_FIRINGS = 200_000;

    private final KieBase kieBase;

    private ReadingRules(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * Compiles the reading rules.
     *
     * @throws CompileException listing every problem, with file and line
     */
    public static ReadingRules compile(List<DrlFile> files) {
        List<Problem> problems = new ArrayList<>();
        KieBase base = withOwnClassLoader(() -> build(files, problems));
        if (base == null) {
            throw new CompileException(problems);
        }
        return new ReadingRules(base);
    }

    /** The rules from packages compiled earlier from the same DRL (see {@link PrecompiledReadingRules}). */
    public static ReadingRules fromPackages(Collection<KiePackage> packages) {
        return new ReadingRules(withOwnClassLoader(() -> {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, ReadingRules.class.getClassLoader()));
            base.addPackages(packages);
            return base;
        }));
    }

    /** The compiled packages, for {@link PrecompiledReadingRules}. */
    Collection<KiePackage> packages() {
        return kieBase.getKiePackages();
    }

    /** The compile problems alone, for {@code check}; empty when the files compile. */
    public static List<Problem> problems(List<DrlFile> files) {
        List<Problem> problems = new ArrayList<>();
        withOwnClassLoader(() -> build(files, problems));
        return problems;
    }

    /** Runs the rules over the cues found in one document. */
    public Outcome run(List<CueFound> cues) {
        return withOwnClassLoader(() -> {
            KieSession session = kieBase.newKieSession();
            try {
                cues.forEach(session::insert);
                session.fireAllRules(MAX_FIRINGS);
                List<Suggested> suggested = new ArrayList<>();
                List<Disputed> disputed = new ArrayList<>();
                List<Signal> signals = new ArrayList<>();
                for (Object fact : session.getObjects()) {
                    if (fact instanceof Suggested s) {
                        suggested.add(s);
                    } else if (fact instanceof Disputed d) {
                        disputed.add(d);
                    } else if (fact instanceof Signal s) {
                        signals.add(s);
                    }
                }
                suggested.sort(Comparator.comparing(Suggested::question).thenComparing(Suggested::value)
                        .thenComparing(Suggested::confidence).thenComparing(Suggested::because)
                        .thenComparing(s -> String.join("\n", s.quoting())));
                disputed.sort(Comparator.comparing(Disputed::question).thenComparing(Disputed::because)
                        .thenComparing(d -> String.join("\n", d.quoting())));
                signals.sort(Comparator.comparingInt(Signal::sentence).thenComparing(Signal::question)
                        .thenComparing(Signal::value).thenComparing(Signal::stance));
                return new Outcome(suggested, disputed, signals);
            } finally {
                session.dispose();
            }
        });
    }

    /**
     * Runs Drools calls with this library's class loader as the context class loader: {@code KieServices} looks its
     * parts up there, and a host application's plugin loader may not see them.
     */
    private static <T> T withOwnClassLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ReadingRules.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static KieBase build(List<DrlFile> files, List<Problem> problems) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.monitoringadvisor", "policy-reading-"
                + BUILDS.incrementAndGet(), "1.0.0");
        fileSystem.generateAndWritePomXML(releaseId);
        for (DrlFile file : files) {
            fileSystem.write(ROOT + file.name(), file.text());
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        boolean failed = false;
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() != Message.Level.ERROR) {
                continue;
            }
            failed = true;
            String path = message.getPath() == null ? "" : message.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            String location = files.stream().filter(f -> f.name().equals(name)).map(DrlFile::location).findFirst()
                    .orElse(path.isEmpty() ? "(policy-reading rules)" : path);
            problems.add(new Problem(location, message.getLine(), message.getText().strip().replaceAll("\\s+", " ")));
        }
        if (failed) {
            return null;
        }
        try {
            return services.newKieContainer(releaseId).getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
