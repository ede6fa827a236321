package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.report.model.Detail;
import org.monitoringadvisor.report.model.Header;

/** The header of a report: the answers file's metadata a reader needs, and the rule base behind the findings. */
final class Headers {

    /**
     * Metadata keys shown under the title, in this order, with their labels (the employer is in the title itself).
     * "rep" is an older name for the preparer.
     */
    private static final List<List<String>> SHOWN = List.of(
            List.of("workplace", "Workplace"),
            List.of("branch", "Union branch"),
            List.of("date", "Date of the answers"),
            List.of("prepared-by", "Prepared by"),
            List.of("rep", "Prepared by"),
            List.of("source", "Based on"));

    private Headers() {
    }

    static Header of(ReportInput input) {
        return of(input.metadata(), input.ruleBase(), input.assessment().ruleBaseVersion());
    }

    static Header of(Map<String, Object> metadata, RuleBaseInfo ruleBase, String version) {
        List<Detail> details = new ArrayList<>();
        for (List<String> shown : SHOWN) {
            String value = Words.plain(metadata.get(shown.get(0)));
            boolean labelTaken = details.stream().anyMatch(d -> d.label().equals(shown.get(1)));
            if (!value.isEmpty() && !labelTaken) {
                details.add(new Detail(shown.get(1), value));
            }
        }
        details.add(new Detail("Rule base", ruleBase.name() + ", version " + version));
        details.add(new Detail("Guidance checked", ruleBase.guidanceAsOf()));
        return new Header(Words.plain(metadata.get("employer")), details, ruleBase.name(), version,
                ruleBase.guidanceAsOf());
    }

    /** The metadata value for {@code key} as a clean line, empty when absent. */
    static String value(Map<String, Object> metadata, String key) {
        return Words.plain(metadata.get(key));
    }
}
