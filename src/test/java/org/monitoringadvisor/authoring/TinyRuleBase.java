package org.monitoringadvisor.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, valid rules folder for tests: two questions, three guidance points, four findings, one rule file and
 * scenarios covering every rule. It compiles in a fraction of the built-in rule base's time; tests break it on
 * purpose with {@link #write} and {@link #replace}.
 */
public final class TinyRuleBase {

    static final String RULES = """
            // Personal use and monitoring, for tests.
            package rules;

            import org.monitoringadvisor.model.*;

            rule "Every assessment asks about personal use and monitoring"
                @guidance("test/personal-use")
            when
            then
                insertLogical( new Ask( "personal-use" ) );
                insertLogical( new Ask( "monitoring-practice" ) );
            end

            rule "A ban on personal use is a gap"
                @guidance("test/personal-use, test/argument")
            when
                Answer( question == "personal-use", value == "banned" )
            then
                insertLogical( new Conclusion( "personal-use-banned" ) );
            end

            rule "Allowing personal use is a strength"
                @guidance("test/personal-use")
            when
                Answer( question == "personal-use", value in ( "allowed", "limited" ) )
            then
                insertLogical( new Conclusion( "personal-use-allowed" ) );
            end

            rule "Routine monitoring is a gap"
                @guidance("test/monitoring")
            when
                Answer( question == "monitoring-practice", value == "routine" )
            then
                insertLogical( new Conclusion( "routine-monitoring" ) );
            end

            rule "Not knowing how use is monitored is a question for management"
                @guidance("test/monitoring")
            when
                Answer( question == "monitoring-practice", value == "unknown" )
            then
                insertLogical( new Conclusion( "ask-monitoring-practice" ) );
            end
            """;

    static final String QUESTIONS = """
            questions:
              - id: personal-use
                topic: Personal use
                text: May staff use work email and the internet for personal reasons?
                help: Look for a section on personal use.
                options:
                  - {value: allowed, label: "Yes"}
                  - {value: limited, label: "Within limits"}
                  - {value: banned, label: "No"}
                guidance: [test/personal-use]

              - id: monitoring-practice
                topic: Monitoring
                text: Is use monitored?
                help: Look for a section on monitoring.
                options:
                  - {value: none, label: "No"}
                  - {value: on-suspicion-only, label: "Only on suspicion"}
                  - {value: routine, label: "Routinely"}
                guidance: [test/monitoring]
            """;

    static final String SOURCES = """
            documents:
              - id: test
                title: A document for tests
                publisher: Nobody
                published: "2026"
                url: https://example.org/test
                kind: other
                current-as-of: "2026-01"
            points:
              - id: test/personal-use
                document: test
                summary: Personal use is allowed.
              - id: test/monitoring
                document: test
                summary: Monitoring only on suspicion.
              - id: test/argument
                document: test
                summary: An argument.
            """;

    static final String FINDINGS = """
            findings:
              - id: personal-use-banned
                kind: gap
                priority: high
                footing: union-aim
                title: Personal use is banned
                advice: Ask for it to be allowed.
                rebuttals: [{objection: We have always banned it., answer: Habit is no reason., guidance: [test/personal-use]}]
              - id: personal-use-allowed
                kind: strength
                priority: medium
                footing: union-aim
                title: Personal use is allowed
                advice: Keep it.
              - id: routine-monitoring
                kind: gap
                priority: medium
                footing: union-aim
                title: Use is monitored routinely
                advice: Ask for monitoring only on suspicion.
              - id: ask-monitoring-practice
                kind: ask
                priority: high
                footing: union-aim
                title: How is use monitored?
                advice: Ask management.
            """;

    static final String SCENARIOS = """
            scenarios:
              - name: A ban is a gap
                given: {personal-use: banned}
                present: [personal-use-banned]
                absent: [personal-use-allowed]
              - name: Allowed use is a strength
                given: {personal-use: limited, monitoring-practice: routine}
                present: [personal-use-allowed, routine-monitoring]
                absent: [personal-use-banned]
              - name: Unknown monitoring is a question
                given: {monitoring-practice: unknown}
                present: [ask-monitoring-practice]
                absent: [routine-monitoring]
                asked: [personal-use, monitoring-practice]
            """;

    /**
     * Rules that never finish but are never stuck in one consequence: "Tick slowly" (line 16 of
     * {@value #SLOW_FILE}) fires again and again, 5 ms each time, once monitoring is answered. For the tests of the
     * time budget.
     */
    static final String SLOW_RULES = tickingRules("Tick slowly", "true");

    /**
     * Rules that tick for ever once monitoring is answered: the rule {@code tickRule} fires again and again, and
     * sleeps 5 ms a tick while {@code slowWhen} (a Java condition on {@code $tick}) holds.
     */
    static String tickingRules(String tickRule, String slowWhen) {
        return """
            package rules;
            import org.monitoringadvisor.model.*;

            declare Tick
                n : int
            end

            rule "Start ticking once monitoring is answered"
                @guidance("test/monitoring")
            when
                Answer( question == "monitoring-practice" )
            then
                insert( new Tick( 0 ) );
            end

            rule "%s"
                @guidance("test/monitoring")
            when
                $tick : Tick( n < 1000000 )
            then
                if ( %s ) { try { Thread.sleep( 5 ); } catch (InterruptedException e) { } }
                insert( new Tick( $tick.getN() + 1 ) );
            end
            """.formatted(tickRule, slowWhen);
    }

    /** The file {@link #withSlowRules()} writes. */
    public static final String SLOW_FILE = "slow.drl";

    private final Path folder;

    private TinyRuleBase(Path folder) {
        this.folder = folder;
    }

    /** Writes the tiny rule base into {@code folder}. */
    public static TinyRuleBase in(Path folder) {
        TinyRuleBase base = new TinyRuleBase(folder);
        base.write("rulebase.yaml", "name: Tiny\nversion: test-1\nguidance-as-of: 2026-01-01\n");
        base.write("questions.yaml", QUESTIONS);
        base.write("sources.yaml", SOURCES);
        base.write("tiny.findings.yaml", FINDINGS);
        base.write("tiny.drl", RULES);
        base.write("scenarios/tiny.yaml", SCENARIOS);
        return base;
    }

    public Path folder() {
        return folder;
    }

    /** Adds {@link #SLOW_RULES} as {@value #SLOW_FILE}: an assessment that answers monitoring runs out of time. */
    public TinyRuleBase withSlowRules() {
        return write(SLOW_FILE, SLOW_RULES);
    }

    /** Writes (or overwrites) a file of the folder. */
    public TinyRuleBase write(String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file, failing if it is not there. */
    public TinyRuleBase replace(String name, String from, String to) {
        try {
            String text = Files.readString(folder.resolve(name));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(name + " has no \"" + from + "\"");
            }
            return write(name, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
