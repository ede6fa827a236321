package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.TypeDeclaration;
import org.drools.core.impl.InternalRuleBase;
import org.drools.mvel.asm.ConsequenceStub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Judgement;
import org.monitoringadvisor.model.SettledFindings;

/** The built-in rules compiled at build time behave exactly like the same rules compiled at run time. */
class PrecompiledRulesTest {

    private static Knowledge knowledge;
    private static CompiledRules precompiled;
    private static CompiledRules compiledNow;

    @BeforeAll
    static void loadThePrecompiledRulesAndCompileTheSameNow() {
        knowledge = Knowledge.load(KnowledgeFiles.builtIn());
        precompiled = PrecompiledRules.load(knowledge).orElse(null);
        compiledNow = RuleBaseCompiler.compile(knowledge);
    }

    @Test
    void theBuildLeavesPrecompiledRulesOnTheClassPathThatMatchTheBuiltInDrl() {
        assertThat(precompiled).as("precompiled rules from the build (mvn process-classes)").isNotNull();
        assertThat(precompiled.rules()).hasSameSizeAs(compiledNow.rules()).isNotEmpty();
    }

    @Test
    void everyPrecompiledConsequenceIsReadyToRunWithoutWritingCodeAtItsFirstFiring() {
        List<String> stubs = new ArrayList<>();
        for (KiePackage pkg : precompiled.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (((RuleImpl) rule).getConsequence() instanceof ConsequenceStub) {
                    stubs.add(rule.getName());
                }
            }
        }
        assertThat(precompiled.kieBase().getKiePackages()).isNotEmpty();
        assertThat(stubs).as("rules whose consequence would be written with ASM when it first fires").isEmpty();
    }

    @Test
    void theFactTypesAreClassReactiveSoTheNetworkIsBuiltWithoutWorkingOutWhichPropertiesEachPatternReads() {
        // The types some built-in rule has a pattern on (Drools declares a type for each).
        for (Class<?> fact : List.of(Answer.class, Judgement.class, SettledFindings.class)) {
            for (CompiledRules rules : List.of(precompiled, compiledNow)) {
                TypeDeclaration type = ((InternalRuleBase) rules.kieBase()).getTypeDeclaration(fact);
                assertThat(type).as(fact.getSimpleName() + "'s type declaration").isNotNull();
                assertThat(type.isPropertyReactive()).as(fact.getSimpleName() + " is property reactive").isFalse();
            }
        }
    }

    @Test
    void precompiledRulesGiveTheSameAssessmentsAndCitationsAsRulesCompiledNow() throws Exception {
        Advisor compiledAtRunTime = Advisor.from(knowledge);
        List<Map<String, String>> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("facts-samples")).sorted()) {
            files.forEach(file -> samples.add(AnswersFileReader.read(file).answers()));
        }
        assertThat(samples).isNotEmpty();

        for (Map<String, String> answers : samples) {
            assertThat(Advisor.builtIn().assess(answers)).isEqualTo(compiledAtRunTime.assess(answers));
        }
        assertThat(precompiled.rules()).isEqualTo(compiledNow.rules());
    }

    @Test
    void rulesCompiledFromOtherDrlAreIgnored() throws Exception {
        List<RuleFile> edited = new ArrayList<>(knowledge.ruleFiles());
        RuleFile first = edited.get(0);
        edited.set(0, new RuleFile(first.name(), first.location(), first.text() + "\n// edited after the build\n"));
        Knowledge changed = new Knowledge(knowledge.info(), knowledge.questions(), knowledge.sources(),
                knowledge.findings(), edited);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrecompiledRules.write(knowledge, compiledNow, bytes);

        assertThat(PrecompiledRules.read(changed, new ByteArrayInputStream(bytes.toByteArray()))).isEmpty();
        assertThat(PrecompiledRules.read(knowledge, new ByteArrayInputStream(bytes.toByteArray()))).isPresent();
    }

    @Test
    void theBackgroundReadingGivesTheBuildsRulesOnlyForTheDrlTheyWereCompiledFrom() {
        List<RuleFile> edited = new ArrayList<>(knowledge.ruleFiles());
        RuleFile first = edited.get(0);
        edited.set(0, new RuleFile(first.name(), first.location(), first.text() + "\n// edited after the build\n"));
        Knowledge changed = new Knowledge(knowledge.info(), knowledge.questions(), knowledge.sources(),
                knowledge.findings(), edited);

        assertThat(PrecompiledRules.startReading().rulesFor(changed)).isEmpty();
        assertThat(PrecompiledRules.startReading().rulesFor(knowledge)).hasValueSatisfying(
                rules -> assertThat(rules.rules()).isEqualTo(compiledNow.rules()));
    }

    @Test
    void aDamagedFileIsIgnored() {
        byte[] garbage = "not a precompiled rule base".getBytes();

        assertThat(PrecompiledRules.read(knowledge, new ByteArrayInputStream(garbage))).isEmpty();
    }
}
