package org.monitoringadvisor.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.check.DrlRule.Comparison;
import org.monitoringadvisor.knowledge.Position;

/** Reading rules with Drools' parser: what each rule compares, cites and creates, at the right line and column. */
class DrlReaderTest {

    private static final String DRL = """
            package rules;
            import org.monitoringadvisor.model.*;

            rule "A ban on personal use is a gap"
                @guidance("unison-2014/a, unison-2014/b")
            when
                Answer( question == "personal-use", value == "baned" )
                not Answer( question != "x", value not in ( "allowed", "limited" ) )
                Answer( this.question == "y" || question == "z", value in ( "p", "q" ) )
            then
                // insert( new Conclusion( "in-a-comment" ) );
                insertLogical( new Conclusion( "personal-use-banned" ) );
                insertLogical( new Ask( "monitoring-practice" ) );
            end

            rule "Old habits"
                agenda-group "g"
            when
                Answer( question == "q", value == "a" || == "b" )
                Judgement( name == "j" ) && Judgement( name == "k" )
            then
                insert( new Judgement( "derived" ) );
                System.out.println( "hello" );
            end
            """;

    private final DrlFile file = DrlReader.read("x.drl", DRL);

    @Test
    void readsRulesWithTheirPositionsAndCitations() {
        assertThat(file.readable()).isTrue();
        assertThat(file.rules()).extracting(DrlRule::name).containsExactly("A ban on personal use is a gap", "Old habits");
        DrlRule first = file.rules().get(0);
        assertThat(first.position()).isEqualTo(new Position("x.drl", 4, 1));
        assertThat(first.guidanceAt()).isEqualTo(new Position("x.drl", 5, 5));
        assertThat(first.citations()).extracting(DrlRule.Citation::id).containsExactly("unison-2014/a", "unison-2014/b");
        assertThat(first.citations().get(1).position()).isEqualTo(new Position("x.drl", 5, 31));
        assertThat(file.rules().get(1).guidanceAt()).isNull();
    }

    @Test
    void comparisonsPointAtTheirLiteralsIncludingInListsAndNegations() {
        DrlRule first = file.rules().get(0);
        assertThat(first.patterns()).hasSize(3);
        List<Comparison> banned = first.patterns().get(0).comparisons();
        assertThat(banned).containsExactly(
                new Comparison("question", true, "personal-use", new Position("x.drl", 7, 25), true),
                new Comparison("value", true, "baned", new Position("x.drl", 7, 50), true));
        assertThat(first.patterns().get(1).on("value")).extracting(Comparison::literal, Comparison::equal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("allowed", false),
                        org.assertj.core.groups.Tuple.tuple("limited", false));
        assertThat(first.patterns().get(1).equalTo("question")).isEmpty();
        assertThat(first.patterns().get(2).equalTo("question")).containsExactly("y", "z");
        assertThat(first.patterns().get(2).equalTo("value")).containsExactly("p", "q");
        assertThat(first.patterns().get(2).on("value").get(1).position()).isEqualTo(new Position("x.drl", 9, 70));
    }

    @Test
    void findsCreatedFactsOutsideComments() {
        DrlRule first = file.rules().get(0);
        assertThat(first.created()).extracting(DrlRule.NewFact::type, DrlRule.NewFact::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Conclusion", "personal-use-banned"),
                org.assertj.core.groups.Tuple.tuple("Ask", "monitoring-practice"));
        assertThat(first.created().get(0).position()).isEqualTo(new Position("x.drl", 12, 36));
        assertThat(first.calls()).isEmpty();
        assertThat(first.oldSyntax()).isEmpty();
    }

    @Test
    void flagsPlainInsertsOutputAndSyntaxTheDrl10ParserDrops() {
        DrlRule old = file.rules().get(1);
        assertThat(old.calls()).extracting(c -> c.position().line()).containsExactly(22, 23);
        assertThat(old.calls().get(0).what()).contains("insertLogical");
        assertThat(old.calls().get(1).what()).contains("no input or output");
        assertThat(old.oldSyntax()).extracting(DrlRule.Located::position).containsExactlyInAnyOrder(
                new Position("x.drl", 17, 5), new Position("x.drl", 19, 43), new Position("x.drl", 20, 30));
    }

    @Test
    void aFileTheParserRejectsIsUnreadable() {
        DrlFile broken = DrlReader.read("y.drl", "rule \"x\" when Answer( then end");
        assertThat(broken.readable()).isFalse();
        assertThat(broken.rules()).isEmpty();
    }
}
