package org.monitoringadvisor.policy.reading;

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
import org.monitoringadvisor.policy.PolicyKnowledge;
import org.monitoringadvisor.policy.reading.ReadingRules.DrlFile;

/**
 * The built-in policy-reading rules compiled once at build time, as the advice rules are
 * ({@code engine.internal.PrecompiledRules}): a cold {@code read-policy} then skips the DRL parser and the Java
 * compiler. The build runs {@link #main}; at run time {@link #load} uses the file only if it was compiled from the
 * same DRL text, and otherwise (missing, stale, unreadable) the caller compiles the DRL. A rules folder's own
 * reading rules are always compiled at run time.
 */
public final class PrecompiledReadingRules {

    /** Where the build puts the compiled reading rules, on the class path. */
    public static final String RESOURCE = "precompiled/policy-reading-rules.bin";

    /** Changes whenever the layout of the file changes, so an old file is ignored rather than misread. */
    private static final String FORMAT = "monitoring-advisor precompiled policy-reading rules 1";

    private PrecompiledReadingRules() {
    }

    /** The build step: compiles the built-in reading rules (failing the build if they do not) into the file named. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompiledReadingRules OUTPUT_FILE");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(PolicyKnowledge.builtIn().drl(), out);
        }
    }

    /** Compiles {@code files} and writes the packages, with the DRL's fingerprint, to {@code out}. */
    public static void write(List<DrlFile> files, OutputStream out) throws IOException {
        ReadingRules rules = ReadingRules.compile(files);
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(new BufferedOutputStream(out))) {
            objects.writeUTF(FORMAT);
            objects.writeUTF(fingerprint(files));
            objects.writeObject(new ArrayList<>(rules.packages()));
        }
    }

    /** The reading rules compiled at build time, if the class path has them and they match {@code files}. */
    public static Optional<ReadingRules> load(List<DrlFile> files) {
        InputStream resource = PrecompiledReadingRules.class.getClassLoader().getResourceAsStream(RESOURCE);
        return resource == null ? Optional.empty() : read(files, resource).map(ReadingRules::fromPackages);
    }

    /** The packages in {@code in} if they were compiled from {@code files}; empty if stale or unreadable. */
    static Optional<List<KiePackage>> read(List<DrlFile> files, InputStream in) {
        ClassLoader loader = PrecompiledReadingRules.class.getClassLoader();
        try (ObjectInputStream objects = new DroolsObjectInputStream(new BufferedInputStream(in), loader)) {
            if (!FORMAT.equals(objects.readUTF()) || !fingerprint(files).equals(objects.readUTF())) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            return Optional.of(packages);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // Written by another version of Drools or damaged: compiling the DRL is slower but always right.
            return Optional.empty();
        }
    }

    /** A SHA-256 over the names and text of the DRL files: what the packages were compiled from. */
    static String fingerprint(List<DrlFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (DrlFile file : files) {
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
