package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/**
 * {@code check} on rule folders with mistakes an author makes: each is reported once, at the line and column to
 * fix, saying what would be right; a correct folder gives nothing.
 */
class RuleBaseCheckTest {

    @TempDir
    Path dir;

    private static CheckReport check(TinyRuleBase base) {
        return RuleBaseCheck.check(KnowledgeFiles.folder(base.folder()),
                () -> ScenarioSources.ofRulesFolder(base.folder()));
    }

    private List<String> lines(CheckReport report) {
        return report.problems().stream().map(RuleProblem::toString)
                .map(s -> s.replace(dir.toString() + "/", "")).toList();
    }

    @Test
    void aCorrectRuleBaseWithScenariosForEveryRuleHasNoProblems() {
        CheckReport report = check(TinyRuleBase.in(dir));

        assertThat(report.problems()).isEmpty();
        assertThat(report.rules()).isEqualTo(5);
        assertThat(report.scenarios()).isEqualTo(3);
    }

    @Test
    void misspeltValuesAndQuestionsAreErrorsAtTheirLiteralsWithWhatWouldBeRight() {
        TinyRuleBase base = TinyRuleBase.in(dir)
                .replace("tiny.drl", "value == \"banned\"", "value == \"baned\"")
                .replace("tiny.drl", "value in ( \"allowed\", \"limited\" )", "value in ( \"allowed\", \"limitd\" )")
                .replace("tiny.drl", "question == \"monitoring-practice\", value == \"routine\"",
                        "question == \"monitoring_practice\", value == \"routine\"")
                .replace("tiny.drl", "insertLogical( new Ask( \"personal-use\" ) );",
                        "insertLogical( new Ask( \"personal-uses\" ) );");

        List<String> lines = lines(check(base));

        assertThat(lines).contains(
                "tiny.drl:10:29: error: unknown question \"personal-uses\"; it is not in questions.yaml; did you mean "
                        + "\"personal-use\"?",
                "tiny.drl:17:50: error: unknown value \"baned\" for personal-use; allowed: allowed, limited, banned, "
                        + "unknown; did you mean \"banned\"?",
                "tiny.drl:25:63: error: unknown value \"limitd\" for personal-use; allowed: allowed, limited, banned, "
                        + "unknown; did you mean \"limited\"?",
                "tiny.drl:33:25: error: unknown question \"monitoring_practice\"; it is not in questions.yaml; did "
                        + "you mean \"monitoring-practice\"?");
        assertThat(lines).noneMatch(l -> l.contains("\"routine\""));
    }

    @Test
    void negatedComparisonsAndNotInListsAreCheckedToo() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.drl",
                "Answer( question == \"monitoring-practice\", value == \"routine\" )",
                "Answer( question == \"monitoring-practice\", value not in ( \"none\", \"suspicion\" ) )\n"
                        + "    not Answer( question != \"personal-use\", value != \"sometimes\" )");

        List<String> lines = lines(check(base));

        assertThat(lines).anyMatch(l -> l.startsWith("tiny.drl:33:") && l.contains(
                "unknown value \"suspicion\" for monitoring-practice; allowed: none, on-suspicion-only, routine, unknown"));
        assertThat(lines).anyMatch(l -> l.startsWith("tiny.drl:34:") && l.contains(
                "value \"sometimes\" is not allowed by any question"));
    }

    @Test
    void citationsMustExistEveryRuleMustCiteAndEveryPointMustBeCited() {
        TinyRuleBase base = TinyRuleBase.in(dir)
                .replace("tiny.drl", "@guidance(\"test/personal-use, test/argument\")",
                        "@guidance(\"test/personal-use, test/argumnet\")")
                .replace("tiny.drl", "    @guidance(\"test/monitoring\")\nwhen\n    Answer( question == "
                        + "\"monitoring-practice\", value == \"routine\" )", "when\n    Answer( question == "
                        + "\"monitoring-practice\", value == \"routine\" )");

        List<String> lines = lines(check(base));

        assertThat(lines).contains(
                "sources.yaml:16:9: warning: guidance \"test/argument\" is cited by no rule; cite it with "
                        + "@guidance(\"test/argument\") where a rule rests on it, or remove it",
                "tiny.drl:15:35: error: unknown guidance \"test/argumnet\"; it is not in sources.yaml; did you mean "
                        + "\"test/argument\"?",
                "tiny.drl:30:1: error: rule \"Routine monitoring is a gap\" cites no guidance; add @guidance(\"id\") "
                        + "with ids from sources.yaml");
    }

    @Test
    void findingsMustBeWordedConcludedOnceAndEachConcludedBySomeRule() {
        TinyRuleBase base = TinyRuleBase.in(dir)
                .replace("tiny.drl", "new Conclusion( \"routine-monitoring\" )", "new Conclusion( \"routine-monitorin\" )")
                .replace("tiny.drl", "new Conclusion( \"ask-monitoring-practice\" )",
                        "new Conclusion( \"personal-use-banned\" )");

        List<String> lines = lines(check(base));

        assertThat(lines).contains(
                "tiny.drl:35:36: error: unknown finding \"routine-monitorin\"; it is not in any .findings.yaml file; "
                        + "did you mean \"routine-monitoring\"?",
                "tiny.drl:43:36: error: finding \"personal-use-banned\" is already concluded by rule \"A ban on personal "
                        + "use is a gap\" (tiny.drl:19); let one rule conclude each finding, and derive a Judgement "
                        + "where several situations lead to it",
                "tiny.findings.yaml:14:9: warning: finding \"routine-monitoring\" is concluded by no rule: no rule "
                        + "inserts new Conclusion( \"routine-monitoring\" )");
    }

    @Test
    void questionsMustBeAskedAndReadAndJudgementsDerivedAndMatched() {
        TinyRuleBase base = TinyRuleBase.in(dir)
                .replace("tiny.drl", "    insertLogical( new Ask( \"monitoring-practice\" ) );\n", "")
                .replace("tiny.drl", "insertLogical( new Conclusion( \"personal-use-banned\" ) );",
                        "insertLogical( new Judgement( \"use-banned\" ) );")
                .write("more.drl", """
                        package rules;
                        import org.monitoringadvisor.model.*;

                        rule "A banned use is a gap"
                            @guidance("test/personal-use")
                        when
                            Judgement( name == "use-baned" )
                        then
                            insertLogical( new Conclusion( "personal-use-banned" ) );
                        end
                        """);

        List<String> lines = lines(check(base));

        assertThat(lines).contains(
                "questions.yaml:12:9: warning: question \"monitoring-practice\" is never asked: no rule inserts "
                        + "new Ask( \"monitoring-practice\" )",
                "more.drl:7:24: error: judgement \"use-baned\" is derived by no rule (no new Judgement( \"use-baned\" "
                        + ")), so this condition never holds; did you mean \"use-banned\"?",
                "tiny.drl:18:35: warning: judgement \"use-banned\" is derived here but no rule matches Judgement( "
                        + "name == \"use-banned\" )");
    }

    @Test
    void aQuestionAskedButReadByNoRuleIsAWarning() {
        TinyRuleBase base = TinyRuleBase.in(dir)
                .replace("tiny.drl", "question == \"monitoring-practice\", value == \"routine\"",
                        "question == \"personal-use\", value == \"limited\"")
                .replace("tiny.drl", "question == \"monitoring-practice\", value == \"unknown\"",
                        "question == \"personal-use\", value == \"unknown\"");

        assertThat(lines(check(base))).contains("questions.yaml:12:9: warning: no rule reads the answer to question "
                + "\"monitoring-practice\": add a rule with Answer( question == \"monitoring-practice\", ... ) or stop "
                + "asking it");
    }

    @Test
    void ruleNamesMustBeUniqueAcrossFilesAndTheCompilerIsNotRepeated() {
        TinyRuleBase base = TinyRuleBase.in(dir).write("copy.drl", """
                package rules;
                import org.monitoringadvisor.model.*;

                rule "Routine monitoring is a gap"
                    @guidance("test/monitoring")
                when
                    Answer( question == "monitoring-practice", value == "on-suspicion-only" )
                then
                    insertLogical( new Judgement( "fine" ) );
                end
                """);

        List<String> lines = lines(check(base));

        assertThat(lines).filteredOn(l -> l.contains("Routine monitoring is a gap\" is already used")).containsExactly(
                "tiny.drl:30:1: error: rule name \"Routine monitoring is a gap\" is already used at copy.drl:4; rule "
                        + "names must be unique");
        assertThat(lines).noneMatch(l -> l.contains("Duplicate rule name"));
    }

    @Test
    void conventionsAndSyntaxTheNextParserDropsAreWarnings() {
        TinyRuleBase base = TinyRuleBase.in(dir).write("habits.drl", """
                package rules;
                import org.monitoringadvisor.model.*;

                rule "Old habits die hard"
                    @guidance("test/monitoring")
                    agenda-group "habits"
                when
                    Answer( question == "monitoring-practice", value == "none" || == "routine" )
                    Answer( question == "personal-use" ) || Answer( question == "monitoring-practice" )
                then
                    insert( new Judgement( "habit" ) );
                    System.out.println( "fired" );
                end

                rule "Habits are matched"
                    @guidance("test/monitoring")
                when
                    Judgement( name == "habit" )
                then
                    insertLogical( new Judgement( "matched" ) );
                    insertLogical( new Ask( "monitoring-practice" ) );
                end
                """);

        List<String> lines = lines(check(base));

        assertThat(lines).filteredOn(l -> l.startsWith("habits.drl:")).contains(
                "habits.drl:6:5: warning: 'agenda-group' will be dropped by the DRL10 parser; this rule base does not "
                        + "need rule groups (let conditions decide when a rule fires)",
                "habits.drl:8:64: warning: half constraint '|| ==' will be dropped by the DRL10 parser; name the "
                        + "field again, or use 'in (...)'",
                "habits.drl:9:42: warning: '||' between patterns will be dropped by the DRL10 parser; write 'or'",
                "habits.drl:11:5: warning: use insertLogical, not insert: a fact inserted plainly stays when the "
                        + "answers it rests on change",
                "habits.drl:12:5: warning: no input or output in rules ('System.out'): rules insert facts and Java "
                        + "reads them");
    }

    @Test
    void aRuleNoScenarioMakesFireIsAWarningAtTheRule() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("scenarios/tiny.yaml",
                "given: {personal-use: limited, monitoring-practice: routine}", "given: {personal-use: limited}")
                .replace("scenarios/tiny.yaml", "present: [personal-use-allowed, routine-monitoring]",
                        "present: [personal-use-allowed]");

        assertThat(lines(check(base))).containsExactly("tiny.drl:30:1: warning: no scenario makes rule \"Routine "
                + "monitoring is a gap\" fire; add one to a scenario file (see docs/rule-authoring.md)");
    }

    @Test
    void compileErrorsNameTheFileInTheFolderAndItsLine() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.drl",
                "Answer( question == \"monitoring-practice\", value == \"routine\" )",
                "Answer( question == \"monitoring-practice\", value == \"routine\" ) Policy()");

        List<RuleProblem> errors = check(base).problems().stream().filter(RuleProblem::isError).toList();

        assertThat(errors).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(base.folder().resolve("tiny.drl").toString());
            assertThat(p.line()).isEqualTo(33);
        });
        assertThat(errors.get(0).message()).contains("Policy");
    }

    @Test
    void aBrokenCatalogueIsOneErrorAtTheEntry() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("questions.yaml", "    text: Is use monitored?\n", "");

        assertThat(lines(check(base))).containsExactly(
                "questions.yaml:12:9: error: question \"monitoring-practice\": missing \"text\"");
    }

    @Test
    void aBrokenScenarioFileIsAnErrorAtItsLine() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("scenarios/tiny.yaml", "present: [ask-monitoring-practice]",
                "present: [ask-monitoring]");

        assertThat(lines(check(base))).containsExactly("scenarios/tiny.yaml:12:1: error: unknown finding "
                + "\"ask-monitoring\"; it is not in any .findings.yaml file; did you mean \"ask-monitoring-practice\"?");
    }
}
