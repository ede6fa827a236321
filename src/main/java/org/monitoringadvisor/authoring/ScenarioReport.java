package org.monitoringadvisor.authoring;

import java.util.List;
import org.monitoringadvisor.authoring.ScenarioResult.Mismatch;
import org.monitoringadvisor.model.Finding;

/**
 * Renders scenario results for an author: one line per scenario, and for each failure what was expected beside
 * what happened, then a summary line and, if asked, the coverage.
 */
public final class ScenarioReport {

    private static final String INDENT = "      ";

    private ScenarioReport() {
    }

    /** One line per scenario, details under each failure, and the summary line. */
    public static String results(List<ScenarioResult> results, int files) {
        StringBuilder out = new StringBuilder();
        for (ScenarioResult result : results) {
            Scenario scenario = result.scenario();
            String status = result.error() != null ? "ERROR" : result.passed() ? "PASS " : "FAIL ";
            out.append(status).append(' ').append(scenario.location()).append("  ").append(scenario.name())
                    .append('\n');
            if (result.error() != null) {
                out.append(INDENT).append(result.error()).append('\n');
            } else if (!result.passed()) {
                failure(result, out);
            }
        }
        long passed = results.stream().filter(ScenarioResult::passed).count();
        long errors = results.stream().filter(r -> r.error() != null).count();
        long failed = results.size() - passed - errors;
        out.append('\n').append(results.size()).append(results.size() == 1 ? " scenario" : " scenarios")
                .append(" in ").append(files).append(files == 1 ? " file: " : " files: ").append(passed)
                .append(" passed, ").append(failed).append(" failed");
        if (errors > 0) {
            out.append(", ").append(errors).append(" could not run");
        }
        out.append('\n');
        return out.toString();
    }

    private static void failure(ScenarioResult result, StringBuilder out) {
        int width = result.mismatches().stream().mapToInt(m -> m.expected().length()).max().orElse(0);
        out.append(INDENT).append(pad("expected", width + 4)).append("actual\n");
        for (Mismatch mismatch : result.mismatches()) {
            out.append(INDENT).append(pad(mismatch.expected(), width + 4)).append(mismatch.actual()).append('\n');
        }
        out.append(INDENT).append("findings: ");
        if (result.findings().isEmpty()) {
            out.append("none");
        }
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(findings.get(i).id()).append(" (").append(findings.get(i).kind().id())
                    .append(')');
        }
        out.append('\n').append(INDENT).append("asked:    ").append(result.asked().isEmpty() ? "none"
                : String.join(", ", result.asked())).append('\n');
    }

    /** The coverage section: what no scenario reached. */
    public static String coverage(Coverage coverage) {
        StringBuilder out = new StringBuilder("\nCoverage:\n");
        section(out, "rules fired", coverage.rules(), coverage.rulesNeverFired(), "never fired");
        section(out, "questions asked", coverage.questions(), coverage.questionsNeverAsked(), "never asked");
        section(out, "findings expected present", coverage.findings(), coverage.findingsNeverExpected(),
                "never expected present");
        section(out, "findings expected absent", coverage.findings(), coverage.findingsNeverExcluded(),
                "never expected absent");
        return out.toString();
    }

    private static void section(StringBuilder out, String what, int total, List<String> missed, String label) {
        out.append("  ").append(what).append(": ").append(total - missed.size()).append(" of ").append(total)
                .append('\n');
        if (!missed.isEmpty()) {
            out.append("    ").append(label).append(":\n");
            missed.forEach(m -> out.append("      ").append(m).append('\n'));
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
