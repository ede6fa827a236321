package org.monitoringadvisor.authoring;

import java.util.List;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Conclusion;
import org.monitoringadvisor.model.Judgement;

/** Renders rule firings for an author: numbered, in order, each with what it matched and what it inserted. */
public final class FiringTrace {

    private FiringTrace() {
    }

    /**
     * The firings as text, one block per firing, listing at most {@code limit} (a runaway rule fires thousands of
     * times; the first few hundred firings show the loop).
     */
    public static String render(List<RuleFiring> firings, int limit) {
        StringBuilder out = new StringBuilder();
        out.append("Rule firings, in order (").append(firings.size()).append("):\n");
        int number = 0;
        for (RuleFiring firing : firings) {
            if (number == limit) {
                out.append("      ... and ").append(firings.size() - limit).append(" more, not listed\n");
                break;
            }
            out.append(String.format("%4d. \"%s\"", ++number, firing.rule())).append('\n');
            if (!firing.matched().isEmpty()) {
                out.append("        matched:  ").append(facts(firing.matched())).append('\n');
            }
            if (!firing.inserted().isEmpty()) {
                out.append("        inserted: ").append(facts(firing.inserted())).append('\n');
            }
        }
        return out.toString();
    }

    private static String facts(List<Object> facts) {
        return String.join("; ", facts.stream().map(FiringTrace::fact).toList());
    }

    /** A fact as an author writes it in a rule. */
    static String fact(Object fact) {
        if (fact instanceof Answer answer) {
            return "Answer( " + answer.question() + " = " + answer.value() + " )";
        }
        if (fact instanceof Ask ask) {
            return "Ask( " + ask.question() + " )";
        }
        if (fact instanceof Conclusion conclusion) {
            return "Conclusion( " + conclusion.finding() + " )";
        }
        if (fact instanceof Judgement judgement) {
            return "Judgement( " + judgement.name() + " )";
        }
        return String.valueOf(fact);
    }
}
