package org.monitoringadvisor.engine.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.Dialect;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.rule.builder.ConsequenceBuilder;
import org.drools.mvel.asm.ASMConsequenceBuilder;
import org.drools.mvel.java.JavaDialect;
import org.drools.mvel.java.JavaForMvelDialectConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/**
 * Compiles rules whose consequences are ready to run, for the packages stored at build time. Drools' Java dialect
 * normally gives each consequence a stub that writes its real invoker with ASM the first time the rule fires: in a
 * cold start that was 40% of the first assessment's firing. Here each invoker is written at compile time instead
 * (Drools' own {@link ASMConsequenceBuilder}, which it uses anyway for rules with {@code or}), so it is part of the
 * stored packages and is loaded, not generated, at run time. The consequence it runs is the same method.
 */
final class ReadyConsequences {

    private ReadyConsequences() {
    }

    /** The packages of {@code knowledge}'s rules; the rules must have compiled already (no problems are reported). */
    static Collection<KiePackage> compile(Knowledge knowledge, String resourceRoot) {
        ClassLoader loader = ReadyConsequences.class.getClassLoader();
        KnowledgeBuilderConfigurationImpl configuration = KnowledgeBuilderFactory
                .newKnowledgeBuilderConfiguration(null, loader).as(KnowledgeBuilderConfigurationImpl.KEY);
        JavaForMvelDialectConfiguration java = new JavaForMvelDialectConfiguration() {
            @Override
            public Dialect newDialect(ClassLoader root, KnowledgeBuilderConfigurationImpl packageConfiguration,
                    PackageRegistry registry, InternalKnowledgePackage pkg) {
                return new JavaDialect(root, packageConfiguration, registry, pkg) {
                    private final ConsequenceBuilder consequences = new ASMConsequenceBuilder();

                    @Override
                    public ConsequenceBuilder getConsequenceBuilder() {
                        return consequences;
                    }
                };
            }
        };
        java.init(configuration);
        configuration.setDialectConfiguration("java", java);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        KieServices services = KieServices.Factory.get();
        // In one batch, as a KieBuilder adds them: declarations in one file may be used in another.
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : knowledge.ruleFiles()) {
            batch.add(services.getResources().newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(resourceRoot + file.name()), ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            throw new IllegalStateException("the rules compiled once but not with ready consequences: "
                    + builder.getErrors());
        }
        return builder.getKnowledgePackages();
    }
}
