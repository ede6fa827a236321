package org.monitoringadvisor.engine.check;

import java.util.List;
import org.monitoringadvisor.knowledge.Position;

/**
 * What the checks need to know about one rule, read from its DRL: where it is, what it cites, the facts its
 * conditions compare with literal strings, the facts its consequence creates, and the statements and syntax
 * worth a warning.
 *
 * @param name       the rule's name
 * @param position   where the rule starts
 * @param guidanceAt where its {@code @guidance} metadata is, or null when it has none
 * @param citations  the guidance ids it cites, each where it is written
 * @param patterns   the fact patterns of its conditions, at any depth ({@code not}, {@code exists}, ...)
 * @param created    the {@code new Ask("..")}, {@code new Conclusion("..")} and {@code new Judgement("..")} of its
 *                   consequence
 * @param calls      calls in its consequence the conventions warn about ({@code insert}, {@code modify},
 *                   {@code System.out}, ...)
 * @param oldSyntax  syntax the coming DRL10 parser drops, each with a hint
 */
record DrlRule(String name, Position position, Position guidanceAt, List<Citation> citations,
               List<FactPattern> patterns, List<NewFact> created, List<Located> calls, List<Located> oldSyntax) {

    DrlRule {
        citations = List.copyOf(citations);
        patterns = List.copyOf(patterns);
        created = List.copyOf(created);
        calls = List.copyOf(calls);
        oldSyntax = List.copyOf(oldSyntax);
    }

    /** A guidance id as cited. */
    record Citation(String id, Position position) {
    }

    /** A pattern such as {@code Answer( question == "personal-use", value in ("allowed", "limited") )}. */
    record FactPattern(String type, Position position, List<Comparison> comparisons) {

        FactPattern {
            comparisons = List.copyOf(comparisons);
        }

        /** The literals the pattern requires {@code field} to equal ({@code ==} and {@code in}). */
        List<String> equalTo(String field) {
            return comparisons.stream().filter(c -> c.field().equals(field) && c.equal() && c.quoted())
                    .map(Comparison::literal).toList();
        }

        /** The comparisons of {@code field} with a quoted literal, equal or not. */
        List<Comparison> on(String field) {
            return comparisons.stream().filter(c -> c.field().equals(field) && c.quoted()).toList();
        }

        /** The comparisons of a field with a bare word where a quoted literal was surely meant. */
        List<Comparison> unquoted() {
            return comparisons.stream().filter(c -> !c.quoted()).toList();
        }
    }

    /**
     * A field compared with a string literal: {@code value == "banned"} (equal), {@code value != "banned"} (not
     * equal); {@code in} and {@code not in} lists give one comparison per literal. A bare word where a literal
     * belongs ({@code value == banned}) is kept with {@code quoted} false: an author who forgot the quotes.
     */
    record Comparison(String field, boolean equal, String literal, Position position, boolean quoted) {
    }

    /** A fact the consequence creates with a literal id, such as {@code new Conclusion( "personal-use-banned" )}. */
    record NewFact(String type, String id, Position position) {
    }

    /** Something found at a position, described in words. */
    record Located(String what, Position position) {
    }
}
