package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.Option;

/** How a typed line is understood: numbers, value ids, starts of labels, commands, and what is not clear. */
class ReplyParserTest {

    private static final List<Option> PERSONAL_USE = List.of(
            new Option("allowed", "Yes, responsible personal use is allowed"),
            new Option("limited", "Yes, within stated limits (for example in breaks)"),
            new Option("banned", "No, personal use is banned"),
            new Option("unknown", "I don't know"));

    @Test
    void takesTheOptionsNumber() {
        assertThat(ReplyParser.parse(" 3 ", PERSONAL_USE)).isEqualTo(new Reply.Choice("banned", false));
    }

    @Test
    void rejectsANumberThatIsNotAnOption() {
        assertThat(ReplyParser.parse("5", PERSONAL_USE)).isInstanceOf(Reply.Unclear.class);
        assertThat(ReplyParser.parse("0", PERSONAL_USE)).isInstanceOf(Reply.Unclear.class);
        assertThat(ReplyParser.parse("99999999999999", PERSONAL_USE)).isInstanceOf(Reply.Unclear.class);
    }

    @Test
    void takesTheValueIdInAnyCase() {
        assertThat(ReplyParser.parse("Limited", PERSONAL_USE)).isEqualTo(new Reply.Choice("limited", false));
        assertThat(ReplyParser.parse("unknown", PERSONAL_USE)).isEqualTo(new Reply.Choice("unknown", false));
    }

    @Test
    void takesAnUnambiguousStartOfALabelWithOrWithoutTheApostropheAndSaysItGuessed() {
        assertThat(ReplyParser.parse("no, pers", PERSONAL_USE)).isEqualTo(new Reply.Choice("banned", true));
        assertThat(ReplyParser.parse("i dont know", PERSONAL_USE)).isEqualTo(new Reply.Choice("unknown", false));
        assertThat(ReplyParser.parse("I don\u2019t", PERSONAL_USE)).isEqualTo(new Reply.Choice("unknown", true));
    }

    @Test
    void anAmbiguousStartNamesTheOptionsItFits() {
        assertThat(ReplyParser.parse("yes", PERSONAL_USE))
                .isEqualTo(new Reply.Unclear("\"yes\" fits options 1 and 2; type the number of the one you mean."));
    }

    @Test
    void commandWordsWinOverAnswers() {
        assertThat(ReplyParser.parse("?", PERSONAL_USE)).isEqualTo(new Reply.Command(Keyword.HELP));
        assertThat(ReplyParser.parse("FINDINGS", PERSONAL_USE)).isEqualTo(new Reply.Command(Keyword.HOW));
        assertThat(ReplyParser.parse("exit", PERSONAL_USE)).isEqualTo(new Reply.Command(Keyword.QUIT));
    }

    @Test
    void anythingElseIsUnclearAndEnterIsBlank() {
        assertThat(ReplyParser.parse("perhaps", PERSONAL_USE)).isEqualTo(new Reply.Unclear(
                "Not understood: \"perhaps\". Type a number from 1 to 4, or \"commands\" to see what else you can type."));
        assertThat(ReplyParser.parse("   ", PERSONAL_USE)).isEqualTo(new Reply.Blank());
    }

    @Test
    void understandsTheEverydayWaysOfSayingItIsNotKnown() {
        for (String typed : List.of("don't know", "dont know", "Not sure", "no idea", "  DONT KNOW  ", "not sure.")) {
            assertThat(ReplyParser.parse(typed, PERSONAL_USE)).as(typed).isEqualTo(new Reply.Choice("unknown", false));
        }
    }

    @Test
    void takesANumberWrittenAsInANumberedList() {
        assertThat(ReplyParser.parse("2.", PERSONAL_USE)).isEqualTo(new Reply.Choice("limited", false));
        assertThat(ReplyParser.parse(" 3) ", PERSONAL_USE)).isEqualTo(new Reply.Choice("banned", false));
    }

    @Test
    void notSureIsNoAnswerWhereTheQuestionHasNoDontKnow() {
        List<Option> noUnknown = PERSONAL_USE.subList(0, 3);

        assertThat(ReplyParser.parse("not sure", noUnknown)).isInstanceOf(Reply.Unclear.class);
    }
}
