package org.monitoringadvisor.engine.internal;

import org.monitoringadvisor.engine.Background;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.builder.impl.errors.ErrorHandler;
import org.drools.compiler.compiler.Dialect;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.kie.builder.impl.CompilationProblemAdapter;
import org.drools.compiler.rule.builder.ConsequenceBuilder;
import org.drools.compiler.rule.builder.RuleBuildContext;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.mvel.java.JavaDialect;
import org.drools.mvel.java.JavaForMvelDialectConfiguration;
import org.drools.mvel.java.PackageStore;
import org.drools.util.PortablePath;
import org.kie.memorycompiler.CompilationProblem;
import org.kie.memorycompiler.CompilationResult;
import org.kie.memorycompiler.JavaCompiler;
import org.kie.memorycompiler.JavaCompilerFactory;
import org.kie.memorycompiler.resources.MemoryResourceReader;
import org.kie.memorycompiler.resources.ResourceStore;

/**
 * Drools' Java dialect, with its Eclipse compiler run on two threads: the Java Drools writes for a rule base (a class
 * per rule holding its consequence, and that rule's invokers if it has any) is split into two batches of whole rules,
 * balanced by size, and each batch is compiled by a compiler of its own, at the same time. For a check of 1,000 rules
 * that one call was 42% of the CPU, on one core. What is no rule's (a function's class) goes into both batches, since
 * rules use it; only the first batch's classes and errors of it are kept. Each class and each error is the one the
 * single call made (a unit's code does not depend on the units compiled beside it), and the errors reach Drools'
 * error handlers as they did from that call, so the messages are the same. A consequence that only inserts facts
 * made of string literals gets no Java at all ({@link LiteralInsertionBuilder}).
 */
final class TwoBatchJavaDialect extends JavaDialect {

    /** Below this many compilation units (a few dozen rules) the compile is short: one call, as before. */
    private static final int SPLIT_FROM = 64;

    /** The rule whose Java is being added on this thread (Drools builds rules on several), null outside one. */
    private static final ThreadLocal<String> RULE = new ThreadLocal<>();

    /** Consequences that only insert a fact made of string literals need no Java (see {@link LiteralInsertion}). */
    private static final ConsequenceBuilder CONSEQUENCES = new LiteralInsertionBuilder(CONSEQUENCE_BUILDER);

    private final ClassLoader rootClassLoader;
    private final JavaCompiler compiler;
    private final PackageStore store;
    /** The Java files to compile, as JavaDialect keeps them: their rule (or "" for shared ones) and error handler. */
    private final Map<String, String> ruleOf = new ConcurrentHashMap<>();
    private final List<String> files = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ErrorHandler> errorHandlers = new ConcurrentHashMap<>();
    private volatile MemoryResourceReader sources;
    private volatile boolean javaSources;

    private TwoBatchJavaDialect(ClassLoader rootClassLoader, KnowledgeBuilderConfigurationImpl configuration,
                                PackageRegistry registry, InternalKnowledgePackage pkg) {
        super(rootClassLoader, configuration, registry, pkg);
        this.rootClassLoader = rootClassLoader;
        this.compiler = JavaCompilerFactory.loadCompiler(
                (JavaForMvelDialectConfiguration) configuration.getDialectConfiguration(ID));
        this.store = new PackageStore((JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData(ID),
                getResults());
    }

    /** The Java dialect's configuration that makes this dialect; for a builder configuration of its own. */
    static JavaForMvelDialectConfiguration configuration() {
        return new JavaForMvelDialectConfiguration() {
            @Override
            public Dialect newDialect(ClassLoader root, KnowledgeBuilderConfigurationImpl packageConfiguration,
                                      PackageRegistry registry, InternalKnowledgePackage pkg) {
                if (pkg.getDialectRuntimeRegistry().getDialectData(ID) == null) {
                    // Set up as JavaDialect's constructor sets up its own when there is none.
                    KieBaseWiredData data = new KieBaseWiredData();
                    pkg.getDialectRuntimeRegistry().setDialectData(ID, data);
                    data.onAdd(pkg.getDialectRuntimeRegistry(), root);
                }
                return new TwoBatchJavaDialect(root, packageConfiguration, registry, pkg);
            }
        };
    }

    @Override
    public ConsequenceBuilder getConsequenceBuilder() {
        return CONSEQUENCES;
    }

    @Override
    public void addRule(RuleBuildContext context) {
        RULE.set(context.getRuleDescr().getNamespace() + "\0" + context.getRuleDescr().getName());
        try {
            super.addRule(context);
        } finally {
            RULE.remove();
        }
    }

    @Override
    public void addClassCompileTask(String className, BaseDescr descr, String text, MemoryResourceReader src,
                                    ErrorHandler handler) {
        super.addClassCompileTask(className, descr, text, src, handler);
        // JavaDialect passes its own source reader here; it is the one its compile reads from.
        sources = src;
        String file = className.replace('.', '/') + ".java";
        String rule = RULE.get();
        ruleOf.put(file, rule == null ? "" : rule);
        errorHandlers.put(file, handler);
        files.add(file);
    }

    /** Java sources (which Drools adds only from JAXB models, never from DRL): JavaDialect compiles everything. */
    @Override
    public void addSrc(String resourceName, byte[] content) {
        super.addSrc(resourceName, content);
        javaSources = true;
    }

    /** As JavaDialect's: compiles what was added since the last call and hands each error to its file's handler. */
    @Override
    public void compileAll() {
        if (javaSources) {
            super.compileAll();
            files.clear();
            ruleOf.clear();
            errorHandlers.clear();
            return;
        }
        if (files.isEmpty()) {
            errorHandlers.clear();
            return;
        }
        List<CompilationProblem> errors = compile(files.toArray(String[]::new));
        for (CompilationProblem error : errors) {
            CompilationProblemAdapter problem = new CompilationProblemAdapter(error);
            errorHandlers.get(problem.getFileName()).addError(problem);
        }
        if (!errors.isEmpty()) {
            for (ErrorHandler handler : errorHandlers.values()) {
                if (handler.isInError()) {
                    getResults().add(handler.getError());
                }
            }
        }
        files.clear();
        ruleOf.clear();
        errorHandlers.clear();
    }

    @Override
    public void clearResults() {
        super.clearResults();
        errorHandlers.clear();
    }

    /** The errors of compiling {@code all}, its classes written to the package's store. */
    private List<CompilationProblem> compile(String[] all) {
        if (all.length < SPLIT_FROM) {
            return List.of(compiler.compile(all, sources, store, rootClassLoader).getErrors());
        }
        List<String> shared = new ArrayList<>();
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (String file : all) {
            String rule = ruleOf.get(file);
            if (rule.isEmpty()) {
                shared.add(file);
            } else {
                byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(file);
            }
        }
        List<String> first = new ArrayList<>(shared);
        List<String> second = new ArrayList<>(shared);
        long size = 0;
        long half = 0;
        for (String file : all) {
            size += sources.getBytes(PortablePath.of(file)).length;
        }
        for (List<String> rule : byRule.values()) {
            List<String> batch = half * 2 < size ? first : second;
            batch.addAll(rule);
            for (String file : rule) {
                half += sources.getBytes(PortablePath.of(file)).length;
            }
        }
        Batch one = new Batch(first);
        Batch two = new Batch(second);
        CompletableFuture<CompilationResult> other = Background.start("rules-java-compile", two::compile);
        CompilationResult firstResult = one.compile();
        CompilationResult secondResult = other.join();
        one.classes.forEach(store::write);
        two.classes.forEach((name, bytes) -> {
            if (!one.classes.containsKey(name)) {
                store.write(name, bytes);
            }
        });
        List<CompilationProblem> errors = new ArrayList<>(List.of(firstResult.getErrors()));
        for (CompilationProblem error : secondResult.getErrors()) {
            if (!shared.contains(error.getFileName())) {
                errors.add(error);
            }
        }
        return errors;
    }

    /** One batch of files, its classes kept apart until both batches are done. */
    private final class Batch implements ResourceStore {
        private final String[] batchFiles;
        private final Map<String, byte[]> classes = Collections.synchronizedMap(new LinkedHashMap<>());

        Batch(List<String> batchFiles) {
            this.batchFiles = batchFiles.toArray(String[]::new);
        }

        CompilationResult compile() {
            return compiler.compile(batchFiles, sources, this, rootClassLoader);
        }

        @Override
        public void write(PortablePath path, byte[] data) {
            classes.put(path.asString(), data);
        }

        @Override
        public void write(PortablePath path, byte[] data, boolean createFolder) {
            write(path, data);
        }

        @Override
        public byte[] read(PortablePath path) {
            byte[] mine = classes.get(path.asString());
            return mine != null ? mine : store.read(path);
        }

        @Override
        public void remove(PortablePath path) {
            classes.remove(path.asString());
        }
    }
}
