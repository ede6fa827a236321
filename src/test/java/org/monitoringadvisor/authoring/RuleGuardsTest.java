package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleFailedException;
import org.monitoringadvisor.engine.internal.RuleSession;

/**
 * Rules are programs, so an assessment guards against the ways one can go wrong: a rule that inserts without end
 * is stopped at the insert limit, and a rule that throws is named with its file and line.
 */
class RuleGuardsTest {

    private static final String FLOOD = """
            package rules;
            import org.monitoringadvisor.model.*;

            declare Grain
                n : int
            end

            rule "Flood working memory once monitoring is answered"
                @guidance("test/monitoring")
            when
                Answer( question == "monitoring-practice" )
            then
                for (int i = 0; i < 3000000; i++) { insert( new Grain( i ) ); }
            end
            """;

    private static final String THROWS = """
            package rules;
            import org.monitoringadvisor.model.*;

            rule "Divide by zero once monitoring is answered"
                @guidance("test/monitoring")
            when
                Answer( question == "monitoring-practice" )
            then
                int zero = 0;
                System.out.println( 1 / zero );
            end
            """;

    /** Its Java names a class the JDK keeps to itself: the JVM throws an error, not an exception, as it fires. */
    private static final String UNREACHABLE = """
            package rules;
            import org.monitoringadvisor.model.*;

            rule "Name a hidden class once monitoring is answered"
                @guidance("test/monitoring")
            when
                Answer( question == "monitoring-practice" )
            then
                insertLogical( new sun.security.x509.X500Name( "CN=a" ) );
            end
            """;

    /** Fails while picking what to lead with, after the findings are settled. */
    private static final String THROWS_LEADING = """
            package rules;
            import org.monitoringadvisor.model.*;

            rule "Divide by zero when picking what to lead with"
                @guidance("test/monitoring")
            when
                SettledFindings()
            then
                int zero = 0;
                System.out.println( 1 / zero );
            end
            """;

    /** Ticks quickly 500 times, then slowly (5 ms a tick) until stopped. */
    private static final String TURNS_SLOW = TinyRuleBase.tickingRules("Tick, slowly after 500", "$tick.getN() >= 500");

    @TempDir
    Path dir;

    @Test
    void rulesThatRunPastTheTimeBudgetAreStoppedNamingTheRuleRunning() {
        Advisor advisor = Advisor.fromFolder(TinyRuleBase.in(dir).withSlowRules().folder())
                .withTimeBudget(Duration.ofSeconds(1));

        assertThatThrownBy(() -> advisor.assess(Map.of("monitoring-practice", "routine")))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> {
                    assertThat(e.outOfTime()).isTrue();
                    assertThat(e.rule()).isEqualTo("Tick slowly");
                    assertThat(e.getMessage()).contains("took longer than 1 second")
                            .contains(dir.resolve("slow.drl") + ":16");
                });
    }

    @Test
    void rulesThatTurnSlowAfterRunningQuicklyAreStoppedSoonAfterTheBudget() {
        Advisor advisor = Advisor.fromFolder(TinyRuleBase.in(dir).write("turns-slow.drl", TURNS_SLOW).folder())
                .withTimeBudget(Duration.ofSeconds(1));
        int[] ticks = new int[1];

        assertThatThrownBy(() -> advisor.assess(Map.of("monitoring-practice", "routine"), firing -> {
            if (firing.rule().equals("Tick, slowly after 500")) {
                ticks[0]++;
            }
        })).isInstanceOfSatisfying(RuleFailedException.class, e -> {
            assertThat(e.outOfTime()).isTrue();
            assertThat(e.rule()).isEqualTo("Tick, slowly after 500");
        });
        // The clock is read every few events, not at each: while the rules ran quickly the stretch between readings
        // grew, but a second of 5 ms ticks holds at most 200 of them, and the next reading comes within 16 events.
        assertThat(ticks[0]).isBetween(500, 500 + 200 + 16);
    }

    @Test
    void aRuleThatInsertsWithoutEndIsStoppedAndNamed() {
        Advisor advisor = Advisor.fromFolder(TinyRuleBase.in(dir).write("flood.drl", FLOOD).folder());

        assertThatThrownBy(() -> advisor.assess(Map.of("monitoring-practice", "routine")))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("Flood working memory once monitoring is answered");
                    assertThat(e.outOfTime()).isFalse();
                    assertThat(e.getMessage()).contains("inserted more than " + RuleSession.INSERT_LIMIT + " facts")
                            .contains(dir.resolve("flood.drl") + ":8");
                });
        assertThat(advisor.assess(Map.of("personal-use", "banned")).findings()).isNotEmpty();
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsFileLineAndWhatItThrew() {
        Advisor advisor = Advisor.fromFolder(TinyRuleBase.in(dir).write("throws.drl", THROWS).folder());

        assertThatThrownBy(() -> advisor.assess(Map.of("monitoring-practice", "routine")))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the rule \"Divide by zero once monitoring is answered\" ("
                            + dir.resolve("throws.drl") + ":4) failed with ArithmeticException: / by zero");
                    assertThat(e.getCause()).isInstanceOf(ArithmeticException.class);
                });
    }

    @Test
    void aRuleWhoseJavaThrowsAnErrorIsNamedToo() {
        Advisor advisor = Advisor.fromFolder(TinyRuleBase.in(dir).write("hidden.drl", UNREACHABLE).folder());

        assertThatThrownBy(() -> advisor.assess(Map.of("monitoring-practice", "routine")))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the rule \"Name a hidden class once monitoring is answered\" ("
                            + dir.resolve("hidden.drl") + ":4) failed with IllegalAccessError: ");
                    assertThat(e.getCause()).isInstanceOf(IllegalAccessError.class);
                });
        assertThat(advisor.assess(Map.of("personal-use", "banned")).findings()).isNotEmpty();
    }

    @Test
    void aRuleThatThrowsWhilePickingWhatToLeadWithIsNamed() {
        Advisor advisor = Advisor.fromFolder(TinyRuleBase.in(dir).write("leading.drl", THROWS_LEADING).folder());

        assertThatThrownBy(() -> advisor.assess(Map.of("personal-use", "banned")))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> assertThat(e.getMessage())
                        .startsWith("the rule \"Divide by zero when picking what to lead with\" ("
                                + dir.resolve("leading.drl") + ":4) failed with ArithmeticException: / by zero"));
    }
}
