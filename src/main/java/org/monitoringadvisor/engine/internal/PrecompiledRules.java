package org.monitoringadvisor.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.monitoringadvisor.engine.check.RuleInfo;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.Position;
import org.monitoringadvisor.knowledge.PrecompiledFile;
import org.monitoringadvisor.knowledge.PrecompiledFile.Stored;

/**
 * The built-in rule base, compiled once at build time so that a cold start does not have to run the DRL parser
 * and the Java compiler (seconds on a small machine). The build runs {@link #main} after compiling the classes;
 * it writes the compiled rule packages and the rules as the checker read them (names, lines, citations), with a
 * fingerprint of the DRL text they came from, to
 * {@value #RESOURCE} on the class path ({@link PrecompiledFile}, shared with the policy-reading rules). At run time
 * {@link #load} uses them only if the fingerprint still matches the DRL files being loaded; otherwise (a missing,
 * stale or unreadable file) the caller compiles the DRL as usual. A rule base from a folder ({@code --rules DIR}) is
 * always compiled at run time.
 */
public final class PrecompiledRules {

    /** Where the build puts the compiled built-in rules, on the class path. */
    public static final String RESOURCE = "precompiled/builtin-rules.bin";

    /** The file's format (change it whenever the layout changes, so an old file is ignored rather than misread). */
    private static final PrecompiledFile FILE = new PrecompiledFile("monitoring-advisor precompiled rules 2",
            DroolsObjectOutputStream::new,
            in -> new DroolsObjectInputStream(in, PrecompiledRules.class.getClassLoader()));

    private static final Comparator<RuleInfo> SOURCE_ORDER = Comparator
            .comparing((RuleInfo rule) -> rule.position().file())
            .thenComparingInt(rule -> rule.position().line())
            .thenComparingInt(rule -> rule.position().column())
            .thenComparing(RuleInfo::name);

    private PrecompiledRules() {
    }

    /**
     * The build step: compiles the built-in rule base (failing the build with every problem, file and line, if it
     * does not compile) and writes the result to the file named by the only argument.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompiledRules OUTPUT_FILE");
        }
        try (OutputStream out = PrecompiledFile.newFile(Path.of(args[0]))) {
            write(Knowledge.load(KnowledgeFiles.builtIn()), out);
        }
    }

    /** Compiles {@code knowledge} and writes the compiled packages and the DRL fingerprint to {@code out}. */
    public static void write(Knowledge knowledge, OutputStream out) throws IOException {
        CompiledRules checked = RuleBaseCompiler.compile(knowledge);
        write(knowledge, checked.rules().values(), ReadyConsequences.compile(knowledge, RuleBaseCompiler.RESOURCE_ROOT),
                out);
    }

    /** Writes rules already compiled from {@code knowledge}. */
    static void write(Knowledge knowledge, CompiledRules rules, OutputStream out) throws IOException {
        write(knowledge, rules.rules().values(), rules.kieBase().getKiePackages(), out);
    }

    private static void write(Knowledge knowledge, Collection<RuleInfo> rules, Collection<KiePackage> packages,
            OutputStream out) throws IOException {
        FILE.write(out, fingerprint(knowledge), objects -> writeBody(rules, packages, objects));
    }

    private static void writeBody(Collection<RuleInfo> rules, Collection<KiePackage> packages,
            ObjectOutputStream objects) throws IOException {
        objects.writeInt(rules.size());
        // In source order, not the order the builder's threads finished in: the same DRL gives the same file.
        List<RuleInfo> inOrder = new ArrayList<>(rules);
        inOrder.sort(SOURCE_ORDER);
        for (RuleInfo rule : inOrder) {
            objects.writeUTF(rule.name());
            objects.writeUTF(rule.position().file());
            objects.writeInt(rule.position().line());
            objects.writeInt(rule.position().column());
            objects.writeUTF(String.join("\n", rule.guidance()));
        }
        objects.writeObject(new ArrayList<>(packages));
    }

    /**
     * The built-in rules compiled at build time, if the class path has them and they were compiled from the same
     * DRL text as {@code knowledge} has; empty otherwise. The build checked them when it compiled them.
     */
    public static Optional<CompiledRules> load(Knowledge knowledge) {
        return startReading().rulesFor(knowledge);
    }

    /**
     * Starts reading the rules compiled at build time, and building their network, on a background thread: that
     * takes about as long as loading the catalogues, whose DRL fingerprint says whether they may be used, so at a
     * cold start the two overlap.
     */
    public static Reading startReading() {
        CompletableFuture<Optional<Stored<CompiledRules>>> stored = new CompletableFuture<>();
        Thread thread = new Thread(() -> stored.complete(readAndBuild()), "precompiled-rules");
        thread.setDaemon(true);
        thread.start();
        return new Reading(stored);
    }

    /** The built-in rules being read on a background thread; see {@link #startReading}. */
    public static final class Reading {

        private final CompletableFuture<Optional<Stored<CompiledRules>>> stored;

        private Reading(CompletableFuture<Optional<Stored<CompiledRules>>> stored) {
            this.stored = stored;
        }

        /**
         * The rules read, if they were compiled from the same DRL text as {@code knowledge} has; empty if the class
         * path has none, or stale or unreadable ones. Waits for the reading.
         */
        public Optional<CompiledRules> rulesFor(Knowledge knowledge) {
            return stored.join().flatMap(read -> read.ifMadeFrom(fingerprint(knowledge)));
        }
    }

    private static Optional<Stored<CompiledRules>> readAndBuild() {
        try {
            return FILE.readResource(PrecompiledRules.class.getClassLoader(), RESOURCE, PrecompiledRules::readBody);
        } catch (RuntimeException e) {
            // Packages that deserialise but do not build: compiling the DRL is slower but always right.
            return Optional.empty();
        }
    }

    /** The compiled rules in {@code in} if they match {@code knowledge}'s DRL; empty if stale or unreadable. */
    static Optional<CompiledRules> read(Knowledge knowledge, InputStream in) {
        return FILE.read(in, PrecompiledRules::readBody).flatMap(read -> read.ifMadeFrom(fingerprint(knowledge)));
    }

    private static CompiledRules readBody(ObjectInputStream objects) throws IOException, ClassNotFoundException {
        List<RuleInfo> rules = new ArrayList<>();
        for (int count = objects.readInt(); count > 0; count--) {
            String name = objects.readUTF();
            Position at = new Position(objects.readUTF(), objects.readInt(), objects.readInt());
            String guidance = objects.readUTF();
            rules.add(new RuleInfo(name, at, guidance.isEmpty() ? List.of() : List.of(guidance.split("\n"))));
        }
        @SuppressWarnings("unchecked")
        List<KiePackage> packages = (List<KiePackage>) objects.readObject();
        return RuleBaseCompiler.fromPackages(packages, rules);
    }

    /** A fingerprint of the names and text of the DRL files: what the compiled packages were made from. */
    static String fingerprint(Knowledge knowledge) {
        return PrecompiledFile.fingerprint(knowledge.ruleFiles(), RuleFile::name, RuleFile::text);
    }
}
