package example.branchsurvey;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Relevance;

/** How this tool shows a question, the reason for asking it, and the findings: its own layout, the library's words. */
final class Screens {

    private Screens() {
    }

    static void question(PrintStream out, Question question, int remaining) {
        out.println();
        out.println(question.topic() + " [" + question.id() + "], " + remaining + " question"
                + (remaining == 1 ? "" : "s") + " to go");
        out.println(question.text());
        List<Option> options = question.options();
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + (i + 1) + ") " + options.get(i).label());
        }
        out.println("Type a number, or id=value to change an earlier answer, why, findings or quit.");
    }

    static void why(PrintStream out, List<Relevance> reasons) {
        for (Relevance reason : reasons) {
            out.println("  Asked because of the rule \"" + reason.rule() + "\""
                    + (reason.because().isEmpty() ? "" : ", after: " + because(reason.because())));
            reason.sources().forEach(s -> out.println("    source: " + s.citation()));
        }
    }

    static void findings(PrintStream out, List<Finding> findings) {
        out.println();
        out.println("Findings (" + findings.size() + "):");
        for (Finding finding : findings) {
            out.println("  " + finding.kind().id().toUpperCase(Locale.ROOT) + " (" + finding.priority().id() + ") "
                    + finding.id() + ": " + finding.title());
            if (!finding.because().isEmpty()) {
                out.println("      because " + because(finding.because()));
            }
            out.println("      guidance " + String.join(", ", finding.guidance()));
        }
    }

    private static String because(List<Reason> reasons) {
        return reasons.stream().map(r -> r.question() + " = " + r.valueLabel()).collect(Collectors.joining("; "));
    }
}
