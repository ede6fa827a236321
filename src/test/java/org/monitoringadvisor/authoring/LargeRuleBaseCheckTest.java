package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/**
 * {@code check} of a rule base large enough that the Java of its rules is compiled in two batches at once (see
 * engine.internal.TwoBatchJavaDialect): a mistake is reported once, at its line, whichever batch its rule fell in,
 * and a function the rules share works in both, its own mistake reported once.
 */
class LargeRuleBaseCheckTest {

    private static final int RULES = 100;

    @TempDir
    Path dir;

    /** {@value #RULES} rules after a function every one of them calls; rule i's consequence is on line 15 + 7 i. */
    private static String manyRules(String function) {
        StringBuilder drl = new StringBuilder("package rules;\n\nimport org.monitoringadvisor.model.*;\n\n")
                .append(function).append("\n\n\n\n\n");
        for (int i = 0; i < RULES; i++) {
            drl.append("rule \"Ban ").append(i).append("\"\n    @guidance(\"test/personal-use\")\nwhen\n")
                    .append("    Answer( question == \"personal-use\", value == \"banned\" )\nthen\n")
                    .append("    insertLogical( new Conclusion( finding(\"personal-use-banned\") ) );\nend\n");
        }
        return drl.toString();
    }

    private static final String FUNCTION = "function String finding(String id) { return id; }";

    private List<String> check(TinyRuleBase base) {
        return RuleBaseCheck.check(KnowledgeFiles.folder(base.folder()),
                        () -> ScenarioSources.ofRulesFolder(base.folder())).problems().stream()
                .map(RuleProblem::toString).map(s -> s.replace(dir.toString() + "/", "")).toList();
    }

    @Test
    void manyRulesSharingAFunctionCompileAndRun() {
        TinyRuleBase base = TinyRuleBase.in(dir).write("many.drl", manyRules(FUNCTION));

        // The tiny base's scenario "A ban is a gap" passes, and every one of the many rules fires in it.
        assertThat(check(base)).isEmpty();
    }

    @Test
    void mistakesInTheFirstAndTheLastRulesAreEachReportedOnceAtTheirLines() {
        String drl = manyRules(FUNCTION);
        String consequence = "    insertLogical( new Conclusion( finding(\"personal-use-banned\") ) );";
        int first = drl.indexOf(consequence);
        int last = drl.lastIndexOf(consequence);
        drl = drl.substring(0, first) + "    insertLogical( new Conclusion( earlyMistake ) );"
                + drl.substring(first + consequence.length(), last)
                + "    insertLogical( new Conclusion( lateMistake ) );" + drl.substring(last + consequence.length());
        TinyRuleBase base = TinyRuleBase.in(dir).write("many.drl", drl);

        List<String> problems = check(base);

        assertThat(problems.stream().filter(p -> p.contains("earlyMistake")))
                .containsExactly("many.drl:15:36: error: earlyMistake is not known in the consequence of rule "
                        + "\"Ban 0\"; if it is an id, put it in quotes: \"earlyMistake\"");
        assertThat(problems.stream().filter(p -> p.contains("lateMistake")))
                .containsExactly("many.drl:" + (15 + 7 * (RULES - 1)) + ":36: error: lateMistake is not known in the "
                        + "consequence of rule \"Ban " + (RULES - 1) + "\"; if it is an id, put it in quotes: "
                        + "\"lateMistake\"");
    }

    @Test
    void aMistakeInTheSharedFunctionIsReportedOnce() {
        TinyRuleBase base = TinyRuleBase.in(dir).write("many.drl",
                manyRules("function String finding(String id) { return id + missingName; }"));

        List<String> problems = check(base);

        assertThat(problems.stream().filter(p -> p.contains("missingName"))).hasSize(1);
    }
}
