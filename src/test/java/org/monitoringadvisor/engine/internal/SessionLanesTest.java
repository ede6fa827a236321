package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Question;

/**
 * Threads that assess at once take their sessions from lanes of their own, each lane after the first on a copy of
 * the KieBase: what a copy concludes must be exactly what the original does, and a copy that cannot be made must
 * leave the lane on the original rather than fail an assessment.
 */
class SessionLanesTest {

    private final Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
    /** The precompiled rules: only a KieBase built from them is copied (see {@link KieBaseCopies}). */
    private final CompiledRules original = PrecompiledRules.load(knowledge)
            .orElseThrow(() -> new AssertionError("the build's precompiled rules are not on the class path"));
    private final Explainer explainer = new Explainer(knowledge, original);
    private final QuestionOrder order = new QuestionOrder(knowledge.questions());

    @Test
    void twoThreadsOnTwoLanesConcludeWhatOneSessionOnTheOriginalDoes() throws Exception {
        KieBaseCopies copies = new KieBaseCopies(original.kieBase());
        assertThat(copies.get()).as("a copy of the stored rules").isNotSameAs(original.kieBase());
        CompiledRules inLanes = inLanes(copies);

        List<String> expected = assessAll(original.withoutReuse(), 300);
        List<List<String>> byThread = onTwoThreads(inLanes, 300);

        assertThat(inLanes.sessions().lanesOpened()).as("lanes with a KieBase after two threads").isEqualTo(2);
        for (List<String> shown : byThread) {
            for (int i = 0; i < expected.size(); i++) {
                assertThat(shown.get(i)).as("answer set %d", i).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void rulesCompiledFromTheirDrlKeepToOneKieBase() throws Exception {
        CompiledRules compiled = RuleBaseCompiler.compile(knowledge);

        onTwoThreads(compiled, 20);

        assertThat(compiled.sessions().lanesOpened()).isEqualTo(1);
    }

    @Test
    void aCopyThatCannotBeMadeLeavesTheLaneOnTheOriginal() throws Exception {
        Supplier<KieBase> failing = () -> {
            throw new IllegalStateException("no copy here");
        };
        CompiledRules inLanes = inLanes(failing);

        List<String> expected = assessAll(original.withoutReuse(), 50);
        for (List<String> shown : onTwoThreads(inLanes, 50)) {
            assertThat(shown).isEqualTo(expected);
        }
        assertThat(inLanes.sessions().lanesOpened()).isEqualTo(2);
    }

    @Test
    void aCopyMissingAConsequenceIsRefusedAndItsLaneSharesTheOriginal() throws Exception {
        // Rules compiled at run time, stored and read back once the lead-with rule's Java consequence is wired:
        // Drools writes that consequence as a class name its package does not list, so a copy would have none.
        CompiledRules read = StoredAndRead.of(knowledge, RuleBaseCompiler.compile(knowledge));
        List<String> expected = assessAll(original.withoutReuse(), 20);
        assertThat(assessAll(read, 20)).isEqualTo(expected); // the lead-with rule has fired on the original
        KieBaseCopies copies = new KieBaseCopies(read.kieBase());
        assertThatThrownBy(copies::get).hasMessageContaining("has no consequence");

        CompiledRules inLanes = new CompiledRules(read.kieBase(), read.rules(),
                SessionPool.reusingInLanes(read.kieBase(), copies, 2));
        for (List<String> shown : onTwoThreads(inLanes, 20)) {
            assertThat(shown).isEqualTo(expected);
        }
    }

    private CompiledRules inLanes(Supplier<KieBase> copies) {
        return new CompiledRules(original.kieBase(), original.rules(),
                SessionPool.reusingInLanes(original.kieBase(), copies, 2));
    }

    /** The same answer sets assessed on two threads at once, each thread's reports in order. */
    private List<List<String>> onTwoThreads(CompiledRules rules, int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> running = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                running.add(threads.submit(() -> assessAll(rules, count)));
            }
            List<List<String>> shown = new ArrayList<>();
            for (Future<List<String>> each : running) {
                shown.add(each.get());
            }
            return shown;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Everything a report shows, for {@code count} random answer sets drawn from one seed. */
    private List<String> assessAll(CompiledRules rules, int count) {
        Random random = new Random(29);
        List<Question> questions = knowledge.questions().all();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> answers = RandomAnswers.draw(questions, random);
            try (RuleSession session = new RuleSession(rules, order, answers, null)) {
                shown.add(ShownBySession.of(explainer, session));
            }
        }
        return shown;
    }
}
