package org.monitoringadvisor.policy.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.monitoringadvisor.knowledge.PrecompiledFile;
import org.monitoringadvisor.policy.PolicyKnowledge;
import org.monitoringadvisor.policy.reading.ReadingRules.DrlFile;

/**
 * The built-in policy-reading rules compiled once at build time, as the advice rules are
 * ({@code engine.internal.PrecompiledRules}, through the same {@link PrecompiledFile}): a cold {@code read-policy}
 * then skips the DRL parser and the Java compiler. The build runs {@link #main}; at run time {@link #load} uses the
 * file only if it was compiled from the same DRL text, and otherwise (missing, stale, unreadable) the caller
 * compiles the DRL. A rules folder's own reading rules are always compiled at run time.
 */
public final class PrecompiledReadingRules {

    /** Where the build puts the compiled reading rules, on the class path. */
    public static final String RESOURCE = "precompiled/policy-reading-rules.bin";

    /** The file's format (change it whenever the layout changes, so an old file is ignored rather than misread). */
    private static final PrecompiledFile FILE = new PrecompiledFile(
            "monitoring-advisor precompiled policy-reading rules 1", DroolsObjectOutputStream::new,
            in -> new DroolsObjectInputStream(in, PrecompiledReadingRules.class.getClassLoader()));

    private PrecompiledReadingRules() {
    }

    /** The build step: compiles the built-in reading rules (failing the build if they do not) into the file named. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompiledReadingRules OUTPUT_FILE");
        }
        try (OutputStream out = PrecompiledFile.newFile(Path.of(args[0]))) {
            write(PolicyKnowledge.builtIn().drl(), out);
        }
    }

    /** Compiles {@code files} and writes the packages, with the DRL's fingerprint, to {@code out}. */
    public static void write(List<DrlFile> files, OutputStream out) throws IOException {
        ReadingRules rules = ReadingRules.compile(files);
        FILE.write(out, fingerprint(files), objects -> objects.writeObject(new ArrayList<>(rules.packages())));
    }

    /** The reading rules compiled at build time, if the class path has them and they match {@code files}. */
    public static Optional<ReadingRules> load(List<DrlFile> files) {
        return FILE.readResource(PrecompiledReadingRules.class.getClassLoader(), RESOURCE,
                        PrecompiledReadingRules::readBody)
                .flatMap(read -> read.ifMadeFrom(fingerprint(files))).map(ReadingRules::fromPackages);
    }

    /** The packages in {@code in} if they were compiled from {@code files}; empty if stale or unreadable. */
    static Optional<List<KiePackage>> read(List<DrlFile> files, InputStream in) {
        return FILE.read(in, PrecompiledReadingRules::readBody).flatMap(read -> read.ifMadeFrom(fingerprint(files)));
    }

    @SuppressWarnings("unchecked")
    private static List<KiePackage> readBody(ObjectInputStream objects) throws IOException, ClassNotFoundException {
        return (List<KiePackage>) objects.readObject();
    }

    /** A fingerprint of the names and text of the DRL files: what the packages were compiled from. */
    static String fingerprint(List<DrlFile> files) {
        return PrecompiledFile.fingerprint(files, DrlFile::name, DrlFile::text);
    }
}
