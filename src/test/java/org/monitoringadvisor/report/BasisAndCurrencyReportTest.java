package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.model.Currency;

/** What the text and JSON reports say about each finding's basis, changes since the guide, and currency. */
class BasisAndCurrencyReportTest {

    private static final Map<String, String> ANSWERS = Map.of("monitoring-practice", "routine",
            "monitoring-disclosed", "no", "dpia-done", "yes-not-shared", "filter-blocks-lgbt-terms", "yes");

    private static ReportInput input(Map<String, Object> metadata) {
        return ReportInput.of(Advisor.builtIn().assess(ANSWERS), Advisor.builtIn().knowledge(), metadata);
    }

    @Test
    void eachFindingSaysWhetherItIsALegalDutyAnArgumentOrANegotiatingAim() {
        String text = text(input(Map.of()));

        assertThat(text).contains("Footing: a legal duty (settled law or a statutory code): falling short is a "
                        + "likely breach.")
                .contains("Footing: a union negotiating aim, not a legal duty.")
                .contains("Footing: arguable in law: a legal argument that no court or regulator has settled")
                .contains("Basis: law; confidence medium")
                .contains("Gaps by what they rest on: ");
        // A point argued on medium-confidence law is not called a breach.
        assertThat(text).doesNotContainPattern("arguable in law[^.]*likely breach");
    }

    @Test
    void theLegalDutyComesBeforeTheUnionAimOfTheSamePriorityAndHiddenMonitoringIsSaidOnce() {
        String report = text(input(Map.of()));
        String gaps = report.substring(report.indexOf("GAPS TO NEGOTIATE"));

        assertThat(gaps.indexOf("Staff are not told what routine monitoring is done, which data protection law"))
                .isPositive().isLessThan(gaps.indexOf("Filters block or quarantine messages"));
        assertThat(gaps.split("Staff are not told what routine monitoring is done", -1)).hasSize(2);
        assertThat(report).doesNotContain("not a legal duty. Basis: law");
    }

    @Test
    void theReportSaysWhatHasChangedSinceTheGuide() {
        String text = text(input(Map.of()));

        assertThat(text).contains("WHAT HAS CHANGED SINCE THE GUIDE")
                .contains("the Data Protection Act 1998").contains("Investigatory Powers Act 2016")
                .contains("Bărbulescu v Romania (Grand Chamber, 2017)");
    }

    @Test
    void withoutADateTheSourcesAreCheckedAgainstTheRuleBasesOwnDate() {
        Currency currency = Currencies.of(input(Map.of()));

        assertThat(currency.checkedAgainst()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(currency.ruleBaseStale()).isFalse();
        assertThat(currency.staleDocuments()).extracting(Currency.StaleDocument::publisher).containsExactly("UNISON");
        assertThat(text(input(Map.of()))).contains("current as of 2026-11-28")
                .contains("UNISON, \"Internet, e-mail and social networking (factsheet)\", current as of 2015-11");
    }

    @Test
    void aReportDatedLongAfterTheRuleBaseWarnsThatEverySourceMayBeOutOfDate() {
        ReportInput late = input(Map.of("date", "2029-01-15"));
        Currency currency = Currencies.of(late);

        assertThat(currency.ruleBaseStale()).isTrue();
        assertThat(currency.staleDocuments()).extracting(Currency.StaleDocument::publisher)
                .contains("Information Commissioner's Office", "UNISON");
        assertThat(text(late)).contains("This report is dated 2029-01-15")
                .contains("look for a newer release");
    }

    @Test
    void aReportDatedSoonAfterTheRuleBaseDoesNotWarnAboutTheRuleBase() {
        assertThat(text(input(Map.of("date", "2027-03-01")))).doesNotContain("look for a newer release");
    }

    @Test
    void theJsonCarriesBasisConfidenceChangesAndCurrency() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(input(Map.of("date", "2026-10-14"))));

        JsonNode noticeGap = find(json, "routine-monitoring-undisclosed");
        assertThat(noticeGap.get("basis").asText()).isEqualTo("law");
        assertThat(noticeGap.get("footing").asText()).isEqualTo("legal-duty");
        assertThat(noticeGap.get("confidence").asText()).isEqualTo("high");
        assertThat(noticeGap.get("rebuttals").size()).isBetween(1, 3);
        assertThat(noticeGap.at("/rebuttals/0/guidance/0").asText()).isNotBlank();
        assertThat(find(json, "dpia-not-shared").get("footing").asText()).isEqualTo("union-aim");
        assertThat(find(json, "lgbt-filtering-equality-argument").get("footing").asText()).isNotEqualTo("legal-duty");
        assertThat(json.at("/outOfScope/topics").toString()).contains("CCTV", "call recording", "body-worn cameras");
        assertThat(find(json, "dpia-not-shared").get("basis").asText()).isEqualTo("union");
        assertThat(find(json, "lgbt-filtering-equality-argument").get("confidence").asText()).isEqualTo("medium");
        assertThat(json.at("/changesSinceGuide/changes/0/id").asText()).isEqualTo("data-protection-law");
        assertThat(json.at("/currency/checkedAgainst").asText()).isEqualTo("2026-10-14");
        assertThat(json.at("/currency/staleAfterMonths").asInt()).isEqualTo(18);
        assertThat(json.at("/currency/staleDocuments/0/currentAsOf").asText()).isEqualTo("2015-11");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertThat(text(input(Map.of("date", "2026-10-14"))))
                .isEqualTo(text(input(Map.of("date", "2026-10-14"))));
        assertThat(JsonReport.render(input(Map.of()))).isEqualTo(JsonReport.render(input(Map.of())));
    }

    /** The text report with line wrapping undone, so phrases can be found whole. */
    private static String text(ReportInput input) {
        return TextReport.render(input).replaceAll("\\s+", " ");
    }

    private static JsonNode find(JsonNode json, String id) {
        for (JsonNode finding : json.get("findings")) {
            if (finding.get("id").asText().equals(id)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + id);
    }
}
