package org.monitoringadvisor.engine.check;

import java.util.List;

/**
 * A value compared without its quotes ({@code value == banned}): Drools reads the bare word as the name of a field
 * or variable and fails with a message about methods. Answers, asks, conclusions and judgements hold only ids and
 * values, so a bare word compared with one of their fields is always a missing pair of quotes.
 */
final class UnquotedValueLint implements Lint {

    private static final List<String> TEXT_FACTS = List.of("Answer", "Ask", "Conclusion", "Judgement");

    /** The message, shared with the compiler's reworded one so the two read (and merge) as one. */
    static String message(String word) {
        return "\"" + word + "\" needs quotes: write \"" + word + "\" (without them Drools reads it as the name of a "
                + "field or variable)";
    }

    @Override
    public void check(LintInput input, Problems problems) {
        input.rules().flatMap(rule -> rule.patterns().stream()).filter(p -> TEXT_FACTS.contains(p.type()))
                .flatMap(p -> p.unquoted().stream())
                .forEach(c -> problems.error(c.position(), message(c.literal())));
    }
}
