package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;

/**
 * A rule base compiled from its DRL defines each rule's consequence class when the rule first fires, not when the
 * knowledge base is built, and concludes what the rules stored at build time conclude.
 */
class DeferredConsequenceTest {

    private static final Knowledge KNOWLEDGE = Knowledge.load(KnowledgeFiles.builtIn());
    /** The same rules written so that every consequence is Java: literal insertions have no class to define. */
    private static final Knowledge IN_JAVA = Knowledge.load(LiteralInsertionTest.inJava(KnowledgeFiles.builtIn()));

    @Test
    void aConsequenceClassIsDefinedOnlyOnceItsRuleFires() {
        // Written so that every consequence is Java: literal insertions have no class to define (LiteralInsertion).
        CompiledRules compiled = RuleBaseCompiler.compile(IN_JAVA);
        assertThat(consequences(compiled)).isNotEmpty().allMatch(c -> c instanceof DeferredConsequence);

        try (RuleSession session = new RuleSession(compiled, new QuestionOrder(KNOWLEDGE.questions()))) {
            session.relevantQuestions();
        }

        // With no answers, only the rules that ask the first questions fire; the rest are still waiting.
        List<Object> after = consequences(compiled);
        assertThat(after).anyMatch(c -> c instanceof DeferredConsequence);
        assertThat(after).filteredOn(c -> !(c instanceof DeferredConsequence)).isNotEmpty()
                .allMatch(c -> c.getClass().getName().endsWith("DefaultConsequenceInvoker"));
    }

    @Test
    void sessionsFiringRulesForTheFirstTimeOnSeveralThreadsConcludeWhatTheStoredRulesDo() throws Exception {
        CompiledRules stored = PrecompiledRules.load(KNOWLEDGE).orElseThrow();
        CompiledRules compiled = RuleBaseCompiler.compile(IN_JAVA);
        List<Map<String, String>> answerSets = new ArrayList<>();
        Random random = new Random(41);
        for (int i = 0; i < 40; i++) {
            answerSets.add(RandomAnswers.draw(KNOWLEDGE.questions().all(), random));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> shown = new ArrayList<>();
            for (Map<String, String> answers : answerSets) {
                shown.add(threads.submit(shownBy(compiled, answers)));
            }
            for (int i = 0; i < answerSets.size(); i++) {
                assertThat(shown.get(i).get()).isEqualTo(shownBy(stored, answerSets.get(i)).call());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void rulesStoredBeforeTheyFireReadBackWithEveryConsequence() throws Exception {
        CompiledRules stored = PrecompiledRules.load(KNOWLEDGE).orElseThrow();
        CompiledRules read = StoredAndRead.of(IN_JAVA, RuleBaseCompiler.compile(IN_JAVA));
        Random random = new Random(43);
        for (int i = 0; i < 20; i++) {
            Map<String, String> answers = RandomAnswers.draw(KNOWLEDGE.questions().all(), random);
            assertThat(shownBy(read, answers).call()).isEqualTo(shownBy(stored, answers).call());
        }
    }

    private static Callable<String> shownBy(CompiledRules rules, Map<String, String> answers) {
        return () -> {
            try (RuleSession session = new RuleSession(rules, new QuestionOrder(KNOWLEDGE.questions()), answers,
                    null)) {
                return ShownBySession.of(new Explainer(KNOWLEDGE, rules), session);
            }
        };
    }

    private static List<Object> consequences(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> (Object) ((RuleImpl) r).getConsequence()).toList();
    }
}
