package org.monitoringadvisor.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Set;

/**
 * A class loader that defines this library's engine and everything it runs on (Drools, MVEL, the catalogue readers)
 * once more, from the class files its parent reads them from, so that a thread assessing through it shares no class
 * of theirs with threads assessing through the parent. On Java 17 that sharing costs two threads a tenth to a fifth
 * of their speed: each class keeps a one-entry cache of the last interface it was checked against, Drools checks
 * the same classes against several interfaces at every firing, and two cores that rewrite one cache line take turns
 * at it (JDK-8180450; docs/performance.md, Throughput, sixteenth session).
 *
 * <p>What a caller sees stays the parent's: the result types ({@code org.monitoringadvisor.model}), what a rule
 * firing is told as, and what the engine throws. The JDK's classes stay the JDK's, and resources (catalogues,
 * service files, the stored rules) come from the parent.
 */
final class LaneClassLoader extends ClassLoader {

    /** The name every lane's loader has, by which code inside a lane knows where it is. */
    static final String NAME = "monitoring-advisor-lane";

    private static final String MODEL = "org.monitoringadvisor.model.";

    /**
     * The engine's own classes that cross between a lane and its caller: shared, so that both see one class, with
     * every type their signatures name. Code in a lane may use only their public members: the package they share with
     * the lane's engine is, to the JVM, another package (so answers reach a lane already checked, and a lane never
     * calls {@code InvalidAnswerException}'s package-private factories).
     */
    static final Set<String> SHARED = Set.of(
            "org.monitoringadvisor.engine.RuleFiring",
            "org.monitoringadvisor.engine.RuleProblem",
            "org.monitoringadvisor.engine.RuleBaseException",
            "org.monitoringadvisor.engine.RuleFailedException",
            "org.monitoringadvisor.engine.RuleLoopException",
            "org.monitoringadvisor.engine.InvalidAnswerException",
            "org.monitoringadvisor.knowledge.KnowledgeException",
            "org.monitoringadvisor.knowledge.Position");

    static {
        registerAsParallelCapable();
    }

    LaneClassLoader(ClassLoader parent) {
        super(NAME, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = sharedWithParent(name) ? getParent().loadClass(name) : defineOwn(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    static boolean sharedWithParent(String name) {
        return name.startsWith("java.") || name.startsWith(MODEL) || SHARED.contains(name);
    }

    /**
     * Defines the class from the parent's class file. A class of the JDK's or of the boot class path (an agent's, say)
     * is the platform loader's, and one with no class file the parent's.
     */
    private Class<?> defineOwn(String name) throws ClassNotFoundException {
        URL file = getParent().getResource(name.replace('.', '/') + ".class");
        if (file == null) {
            return getParent().loadClass(name);
        }
        try {
            return ClassLoader.getPlatformClassLoader().loadClass(name);
        } catch (ClassNotFoundException notTheJdks) {
            // Ours or a library's: defined below.
        }
        byte[] bytes;
        try (InputStream in = file.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** Whether {@code type} was defined by a lane's loader: code inside a lane does not open lanes of its own. */
    static boolean insideLane(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null && NAME.equals(loader.getName());
    }
}
