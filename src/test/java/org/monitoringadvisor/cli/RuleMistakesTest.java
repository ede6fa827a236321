package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.monitoringadvisor.authoring.TinyRuleBase;

/**
 * The slips rule authors make, each in a small rules folder: {@code check} names the file, line and column of the
 * mistake itself and says what is wrong in plain words, and {@code assess} with the same folder says the same
 * and stops with exit code 2, no stack trace and none of Drools' own jargon.
 */
class RuleMistakesTest {

    private static final String BAN_RULE = "rule \"A ban on personal use is a gap\"";
    private static final String CONDITION = "Answer( question == \"personal-use\", value == \"banned\" )";
    private static final String CONSEQUENCE = "insertLogical( new Conclusion( \"personal-use-banned\" ) );";

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a value without quotes", "value == \"banned\"", "value == banned", "17:50",
                        "\"banned\" needs quotes: write \"banned\" (without them Drools reads it as the name of a field "
                                + "or variable)"),
                Arguments.of("a bracket left open", "value == \"banned\" )", "value == \"banned\"", "17:11",
                        "this \"(\" is not closed: add \")\" before \"then\" on line 18"),
                Arguments.of("a quote left open", "value == \"banned\" )", "value == \"banned )", "17:50",
                        "this quote is not closed: add \" where the text ends, on the same line"),
                Arguments.of("a misspelt field", "value == \"banned\"", "valeu == \"banned\"", "17:41",
                        "\"valeu\" is not a field of Answer; its fields are question, value; did you mean \"value\"?"),
                Arguments.of("a misspelt fact type", CONDITION, CONDITION.replace("Answer", "Answr"), "17:5",
                        "unknown fact type \"Answr\"; did you mean \"Answer\"?"),
                Arguments.of("= for ==", "value == \"banned\"", "value = \"banned\"", "17:47",
                        "unexpected \"=\" in rule \"A ban on personal use is a gap\"; to compare, write \"==\""),
                Arguments.of("a missing comma", "\"personal-use\", value", "\"personal-use\" value", "17:40",
                        "unexpected \"value\" in rule \"A ban on personal use is a gap\"; look just before it for a "
                                + "missing \",\", \")\" or quote"),
                Arguments.of("a misspelt keyword", "when\n    " + CONDITION, "whne\n    " + CONDITION, "16:1",
                        "unexpected \"whne\" in rule \"A ban on personal use is a gap\"; did you mean \"when\"?"),
                Arguments.of("a rule without end", CONSEQUENCE + "\nend\n", CONSEQUENCE + "\n", "14:1",
                        BAN_RULE + " has no \"end\": end it before the next rule on line 21"),
                Arguments.of("an id without quotes in a consequence", "\"personal-use-banned\" )",
                        "personal-use-banned )", "19:36", "personal-use-banned is not known in the consequence of "
                                + "rule \"A ban on personal use is a gap\"; if it is an id, put it in quotes: "
                                + "\"personal-use-banned\""),
                Arguments.of("a misspelt insertLogical", CONSEQUENCE, CONSEQUENCE.replace("insertLogical", "insertLogicl"),
                        "19:5", "there is no insertLogicl(...) to call in the consequence of rule \"A ban on personal "
                                + "use is a gap\"; did you mean \"insertLogical\"?"),
                Arguments.of("a missing semicolon", CONSEQUENCE, CONSEQUENCE.replace(";", ""), "19:61",
                        "a \";\" is missing at the end of this statement in the consequence of rule \"A ban on "
                                + "personal use is a gap\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void checkAndAssessNameTheMistakeWhereItIsInPlainWords(String mistake, String from, String to, String where,
                                                           String message) throws Exception {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.drl", from, to);
        String expected = base.folder().resolve("tiny.drl") + ":" + where + ": error: " + message;

        CliRun check = CliRun.run("check", "--rules", base.folder().toString());

        assertThat(check.out()).contains(expected + "\n");
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out().lines().filter(line -> line.contains(": error: "))).as(check.out()).hasSize(1);
        assertNoJargon(check.out());

        Path answers = Files.writeString(dir.resolve("answers.yaml"), "answers:\n  personal-use: banned\n");
        CliRun assess = CliRun.run("assess", "--answers", answers.toString(), "--rules", base.folder().toString());

        assertThat(assess.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(assess.err()).contains(expected + "\n");
        assertThat(assess.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertNoJargon(assess.err());
        assertThat(assess.out()).isEmpty();
    }

    private static void assertNoJargon(String output) {
        assertThat(output).doesNotContain("Parser returned a null Package").doesNotContain("strict-mode")
                .doesNotContain("[ERR").doesNotContain("Rule Compilation error").doesNotContain("Rule_")
                .doesNotContain(":1:1: error");
    }
}
