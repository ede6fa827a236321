package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleFailedException;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Assessment;

/**
 * A further assessing thread runs on the built-in advisor loaded once more in a class loader of its own: what it
 * concludes, what it tells of each firing and what it throws must be exactly what the caller's advisor gives, and
 * until its lane is ready the caller's advisor assesses.
 */
class IsolatedLanesTest {

    private final Advisor advisor = Advisor.builtIn();
    /** The second thread of two: the first lane is the caller's own advisor. */
    private final ExecutorService secondThread = Executors.newSingleThreadExecutor();
    private final IsolatedLanes lanes = IsolatedLanes.forBuiltIn(2);

    @AfterEach
    void stop() throws InterruptedException {
        secondThread.shutdownNow();
        secondThread.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void aLaneConcludesAndTellsWhatTheCallersAdvisorDoes() throws Exception {
        Map<String, String> some = answers(new Random(3));
        assertThat(lanes.assess(some, null, advisor.timeBudget()))
                .as("the first thread's lane is the caller's advisor").isNull();
        assertThat(onSecondThread(() -> lanes.assess(some, null, advisor.timeBudget())))
                .as("not built yet: the caller assesses").isNull();
        lanes.awaitLanes();
        assertThat(lanes.isReady(1)).isTrue();

        Random random = new Random(41);
        for (int i = 0; i < 200; i++) {
            Map<String, String> answers = answers(random);
            List<RuleFiring> expectedFirings = new ArrayList<>();
            Assessment expected = advisor.assess(answers, expectedFirings::add);
            List<RuleFiring> firings = new ArrayList<>();
            Assessment inLane = onSecondThread(() -> lanes.assess(answers, firings::add, advisor.timeBudget()));

            assertThat(inLane).as("answer set %d", i).isEqualTo(expected);
            assertThat(firings).as("firings of answer set %d", i).isEqualTo(expectedFirings);
        }
    }

    @Test
    void whatALaneThrowsIsTheCallersException() throws Exception {
        Map<String, String> some = answers(new Random(5));
        lanes.assess(some, null, advisor.timeBudget());
        onSecondThread(() -> lanes.assess(some, null, advisor.timeBudget()));
        lanes.awaitLanes();

        assertThatThrownBy(() -> onSecondThread(() -> lanes.assess(some, null, Duration.ofNanos(1))))
                .hasCauseInstanceOf(RuleFailedException.class)
                .cause().hasMessageContaining("took longer than");
    }

    @Test
    void aLaneThatCannotBeBuiltLeavesItsThreadsOnTheCallersAdvisor() throws Exception {
        // A parent that shows no class files: the lane's loader would only hand back the caller's own classes.
        ClassLoader noClassFiles = new ClassLoader(IsolatedLanes.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return name.endsWith(".class") ? null : super.getResource(name);
            }
        };
        IsolatedLanes unbuildable = new IsolatedLanes(noClassFiles, 2);
        Map<String, String> some = answers(new Random(11));
        unbuildable.assess(some, null, advisor.timeBudget());
        onSecondThread(() -> unbuildable.assess(some, null, advisor.timeBudget()));
        unbuildable.awaitLanes();

        assertThat(unbuildable.isReady(1)).isFalse();
        assertThat(onSecondThread(() -> unbuildable.assess(some, null, advisor.timeBudget()))).isNull();
    }

    @Test
    void oneProcessorOrCodeInsideALaneOpensNoLanes() throws Exception {
        assertThat(IsolatedLanes.forBuiltIn(1)).isNull();

        Class<?> inLane = Class.forName(IsolatedLanes.class.getName(), true,
                new LaneClassLoader(IsolatedLanes.class.getClassLoader()));
        assertThat(inLane).isNotSameAs(IsolatedLanes.class);
        assertThat(inLane.getMethod("forBuiltIn", int.class).invoke(null, 4)).isNull();
    }

    @Test
    void theResultTypesAndWhatIsThrownAreSharedAndTheEngineIsNot() throws Exception {
        LaneClassLoader loader = new LaneClassLoader(IsolatedLanes.class.getClassLoader());

        assertThat(loader.loadClass(Assessment.class.getName())).isSameAs(Assessment.class);
        assertThat(loader.loadClass(RuleFailedException.class.getName())).isSameAs(RuleFailedException.class);
        assertThat(loader.loadClass(String.class.getName())).isSameAs(String.class);
        assertThat(loader.loadClass(Advisor.class.getName())).isNotSameAs(Advisor.class);
        assertThat(loader.loadClass("org.drools.core.phreak.RuleExecutor").getClassLoader()).isSameAs(loader);
    }

    @Test
    void everyTypeASharedClassNamesIsSharedToo() throws Exception {
        List<Class<?>> shared = new ArrayList<>();
        new ClassFileImporter().importPackages("org.monitoringadvisor.model").forEach(type -> shared.add(type.reflect()));
        for (String name : LaneClassLoader.SHARED) {
            shared.add(Class.forName(name));
        }
        List<String> unshared = new ArrayList<>();
        for (Class<?> type : shared) {
            List<Class<?>> named = new ArrayList<>(List.of(type.getInterfaces()));
            named.add(type.getSuperclass());
            for (Field field : type.getDeclaredFields()) {
                named.add(field.getType());
            }
            for (Executable member : concat(type.getDeclaredConstructors(), type.getDeclaredMethods())) {
                named.addAll(List.of(member.getParameterTypes()));
                if (member instanceof Method method) {
                    named.add(method.getReturnType());
                }
            }
            for (Class<?> each : named) {
                while (each != null && each.isArray()) {
                    each = each.getComponentType();
                }
                if (each != null && !each.isPrimitive() && !LaneClassLoader.sharedWithParent(each.getName())) {
                    unshared.add(type.getName() + " names " + each.getName());
                }
            }
        }
        assertThat(unshared).as("a lane would link these to classes of its own").isEmpty();
    }

    private static List<Executable> concat(Executable[] some, Executable[] more) {
        List<Executable> all = new ArrayList<>(List.of(some));
        all.addAll(List.of(more));
        return all;
    }

    private Assessment onSecondThread(Callable<Assessment> assess) throws Exception {
        Future<Assessment> result = secondThread.submit(assess);
        return result.get();
    }

    private Map<String, String> answers(Random random) {
        return RandomAnswers.draw(advisor.questions(), random);
    }
}
