package org.monitoringadvisor.engine.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.monitoringadvisor.engine.check.RuleInfo;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.Position;

/**
 * The built-in rule base, compiled once at build time so that a cold start does not have to run the DRL parser
 * and the Java compiler (seconds on a small machine). The build runs {@link #main} after compiling the classes;
 * it writes the compiled rule packages and the rules as the checker read them (names, lines, citations), with a
 * fingerprint of the DRL text they came from, to
 * {@value #RESOURCE} on the class path. At run time {@link #load} uses them only if the fingerprint still matches
 * the DRL files being loaded; otherwise (a missing, stale or unreadable file) the caller compiles the DRL as usual.
 * A rule base from a folder ({@code --rules DIR}) is always compiled at run time.
 */
public final class PrecompiledRules {

    /** Where the build puts the compiled built-in rules, on the class path. */
    public static final String RESOURCE = "precompiled/builtin-rules.bin";

    /** Changes whenever the layout of the file changes, so an old file is ignored rather than misread. */
    private static final String FORMAT = "monitoring-advisor precompiled rules 2";

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
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(Knowledge.load(KnowledgeFiles.builtIn()), out);
        }
    }

    /** Compiles {@code knowledge} and writes the compiled packages and the DRL fingerprint to {@code out}. */
    public static void write(Knowledge knowledge, OutputStream out) throws IOException {
        write(knowledge, RuleBaseCompiler.compile(knowledge), out);
    }

    /** Writes rules already compiled from {@code knowledge}. */
    static void write(Knowledge knowledge, CompiledRules rules, OutputStream out) throws IOException {
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(new BufferedOutputStream(out))) {
            objects.writeUTF(FORMAT);
            objects.writeUTF(fingerprint(knowledge));
            objects.writeInt(rules.rules().size());
            for (RuleInfo rule : rules.rules().values()) {
                objects.writeUTF(rule.name());
                objects.writeUTF(rule.position().file());
                objects.writeInt(rule.position().line());
                objects.writeInt(rule.position().column());
                objects.writeUTF(String.join("\n", rule.guidance()));
            }
            objects.writeObject(new ArrayList<>(rules.kieBase().getKiePackages()));
        }
    }

    /**
     * The built-in rules compiled at build time, if the class path has them and they were compiled from the same
     * DRL text as {@code knowledge} has; empty otherwise. The build checked them when it compiled them.
     */
    public static Optional<CompiledRules> load(Knowledge knowledge) {
        InputStream resource = PrecompiledRules.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        return read(knowledge, resource);
    }

    /** The compiled rules in {@code in} if they match {@code knowledge}'s DRL; empty if stale or unreadable. */
    static Optional<CompiledRules> read(Knowledge knowledge, InputStream in) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (ObjectInputStream objects = new DroolsObjectInputStream(new BufferedInputStream(in), loader)) {
            if (!FORMAT.equals(objects.readUTF()) || !fingerprint(knowledge).equals(objects.readUTF())) {
                return Optional.empty();
            }
            List<RuleInfo> rules = new ArrayList<>();
            for (int count = objects.readInt(); count > 0; count--) {
                String name = objects.readUTF();
                Position at = new Position(objects.readUTF(), objects.readInt(), objects.readInt());
                String guidance = objects.readUTF();
                rules.add(new RuleInfo(name, at, guidance.isEmpty() ? List.of() : List.of(guidance.split("\n"))));
            }
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            return Optional.of(RuleBaseCompiler.fromPackages(packages, rules));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // Written by another version of Drools or damaged: compiling the DRL is slower but always right.
            return Optional.empty();
        }
    }

    /** A SHA-256 over the names and text of the DRL files: what the compiled packages were made from. */
    static String fingerprint(Knowledge knowledge) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : knowledge.ruleFiles()) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
