package org.monitoringadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.report.Catalogues;
import org.monitoringadvisor.report.ReportBuilder;
import org.monitoringadvisor.report.model.Element;
import org.monitoringadvisor.report.model.ElementStatus;

/** Every sample in facts-samples/ loads and produces the findings its description in the README promises. */
class SamplesTest {

    private static final Path SAMPLES = Path.of("facts-samples");

    private static Assessment assess(String name) {
        AnswersFile file = AnswersChecker.check(AnswersFileReader.read(SAMPLES.resolve(name)), Advisor.builtIn());
        return Advisor.builtIn().assess(file.answers());
    }

    private static List<String> ids(Assessment assessment, FindingKind kind) {
        return assessment.findings(kind).stream().map(Finding::id).toList();
    }

    static Stream<Path> samples() throws Exception {
        return Files.list(SAMPLES).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleLoadsAndIsDescribedInTheReadme(Path sample) throws Exception {
        AnswersFile file = AnswersChecker.check(AnswersFileReader.read(sample), Advisor.builtIn());
        assertThat(file.employer()).as("employer of %s", sample).isPresent();
        assertThat(Files.readString(Path.of("README.md"))).contains("`" + sample.getFileName() + "`");
    }

    @Test
    void theCallCentreIsAHeavyHandedRegimeWithNoStrengths() {
        Assessment result = assess("call-centre-draconian.yaml");

        assertThat(ids(result, FindingKind.GAP)).contains("heavy-handed-regime", "routine-monitoring",
                "routine-monitoring-undisclosed", "no-explanation-first", "policy-imposed");
        assertThat(ids(result, FindingKind.GAP)).as("the two bans are said once, in the regime they make")
                .doesNotContain("personal-use-banned", "social-networks-blocked");
        assertThat(ids(result, FindingKind.GAP)).as("the law and the regulator's guidance beyond the seed")
                .contains("no-dpia", "content-read-routinely",
                        "managers-browse-monitoring-data", "monitoring-data-any-purpose",
                        "keystroke-or-screen-monitoring", "automated-decisions-without-review",
                        "monitoring-reaches-home-working", "out-of-hours-social-media-monitoring",
                        "covert-monitoring-without-limits", "consent-relied-on",
                        "monitoring-reaches-union-communications")
                .doesNotContain("article-8-undisclosed-monitoring", "no-dpia-lower-risk",
                        // part of the one finding on hidden monitoring:
                        "retention-not-stated", "no-interception-notice");
        assertThat(result.findings()).filteredOn(f -> f.id().equals("routine-monitoring-undisclosed"))
                .as("hidden routine monitoring is one finding, a legal duty")
                .singleElement().satisfies(f -> assertThat(f.footing()).isEqualTo(Footing.LEGAL_DUTY));
        assertThat(result.findings()).filteredOn(f -> f.id().equals("routine-monitoring-undisclosed"))
                .singleElement().as("it carries the interception regulations' notice to every user")
                .satisfies(f -> assertThat(f.guidance()).contains("si-2018-356/notice-to-users",
                        "uk-gdpr/art-13-information"));
        assertThat(ids(result, FindingKind.GAP)).as("one finding per problem: union mail, and the Acas fair process")
                .doesNotContain("no-union-email-addresses", "monitoring-evidence-needs-fair-process");
        assertThat(ids(result, FindingKind.GAP)).as("vague rules on websites and on email are one point")
                .contains("content-rules-vague")
                .doesNotContain("website-restrictions-vague", "email-content-rules-vague");
        assertThat(result.findings(FindingKind.GAP)).as("not everything is high priority")
                .filteredOn(f -> f.priority().id().equals("high")).hasSizeLessThan(13);
        assertThat(ids(result, FindingKind.GAP)).as("a private employer: Article 8 at a tribunal")
                .contains("article-8-at-tribunal");
        assertThat(ids(result, FindingKind.ASK)).containsExactly("ask-filter-lgbt-terms");
        assertThat(ids(result, FindingKind.STRENGTH)).isEmpty();
        assertThat(result.findings().get(0).priority().id()).isEqualTo("high");
    }

    @Test
    void theCouncilMonitorsRoutinelyWithoutTellingStaffButHasClearContentRules() {
        Assessment result = assess("council-routine-monitoring.json");

        assertThat(ids(result, FindingKind.GAP)).contains("routine-monitoring", "routine-monitoring-undisclosed",
                "policy-consulted-only", "social-networks-restricted", "personal-messages-partly-protected")
                .doesNotContain("personal-use-banned", "union-email-not-private");
        assertThat(ids(result, FindingKind.GAP)).as("a public authority: Article 8 applies directly")
                .contains("article-8-undisclosed-monitoring", "dpia-not-shared",
                        "dpia-without-staff-views", "managers-get-monitoring-reports", "monitoring-reaches-home-working",
                        "monitoring-reaches-union-communications")
                .doesNotContain("article-8-content-monitoring", "no-dpia");
        assertThat(ids(result, FindingKind.ASK)).containsExactly("ask-monitoring-retention", "ask-explanation-first");
        assertThat(ids(result, FindingKind.STRENGTH)).contains("website-restrictions-clear",
                "email-content-rules-clear", "personal-use-within-limits",
                "no-device-monitoring-tools", "monitoring-data-purpose-limited");
        assertThat(ids(result, FindingKind.STRENGTH)).as("no praise for limits while routine monitoring is hidden")
                .doesNotContain("content-read-on-suspicion-only", "interception-notice-given",
                        "covert-monitoring-limited");
    }

    @Test
    void theNhsTrustBlocksFacebookAndFiltersLgbtTermsDespiteAnAgreedPolicy() {
        Assessment result = assess("nhs-trust-facebook-blocked.yaml");

        assertThat(ids(result, FindingKind.GAP)).contains("social-networks-blocked", "filters-block-lgbt-terms",
                "lgbt-filtering-equality-argument", "equality-duty-monitoring-public")
                .doesNotContain("heavy-handed-regime", "routine-monitoring");
        assertThat(ids(result, FindingKind.ASK)).containsExactly("ask-union-email-privacy");
        assertThat(ids(result, FindingKind.STRENGTH)).contains("policy-agreed", "personal-use-within-limits",
                "monitoring-on-suspicion-only", "explanation-first");
    }

    @Test
    void theSchoolRepGetsMostlyQuestionsForManagement() {
        Assessment result = assess("school-unknowns.yaml");

        assertThat(ids(result, FindingKind.ASK)).contains("ask-policy-origin", "ask-personal-use",
                "ask-monitoring-practice", "ask-explanation-first", "ask-union-email-addresses",
                "ask-filter-lgbt-terms", "ask-email-content-rules");
        assertThat(ids(result, FindingKind.ASK).size()).isGreaterThan(ids(result, FindingKind.GAP).size());
        assertThat(ids(result, FindingKind.GAP)).contains("policy-not-publicised");
        assertThat(ids(result, FindingKind.ASK)).doesNotContain("ask-monitoring-disclosed");
    }

    @Test
    void theCharityHasNoPolicyButARelaxedPractice() {
        Assessment result = assess("charity-no-policy.json");

        assertThat(ids(result, FindingKind.GAP)).contains("no-written-policy")
                .as("no finding rests on what a policy that does not exist says")
                .doesNotContain("policy-imposed", "policy-not-publicised", "website-restrictions-missing",
                        "email-content-rules-missing", "no-explanation-first");
        assertThat(ids(result, FindingKind.STRENGTH)).contains("personal-use-allowed", "no-monitoring",
                "social-networks-not-banned");
        assertThat(ids(result, FindingKind.GAP)).as("no monitoring: union mail is a negotiating aim")
                .contains("no-union-email-addresses").doesNotContain("monitoring-reaches-union-communications");
    }

    @Test
    void theHousingAssociationFollowsTheGuidanceAndHasOnlyStrengths() {
        Assessment result = assess("agreement-follows-guidance.yaml");

        assertThat(ids(result, FindingKind.GAP)).isEmpty();
        assertThat(ids(result, FindingKind.ASK)).isEmpty();
        assertThat(ids(result, FindingKind.STRENGTH)).contains("policy-agreed", "policy-publicised",
                "personal-use-allowed", "social-networks-not-banned", "monitoring-on-suspicion-only",
                "explanation-first", "union-email-private", "filters-allow-lgbt-terms", "website-restrictions-clear",
                "email-content-rules-clear");
        assertThat(ids(result, FindingKind.STRENGTH)).as("strengths beyond the seed").contains("dpia-shared",
                "dpia-with-staff-views", "traffic-data-only", "monitoring-data-access-limited", "retention-stated",
                "monitoring-data-purpose-limited", "no-device-monitoring-tools", "monitoring-stays-at-work",
                "no-out-of-hours-monitoring", "covert-monitoring-limited");
        assertThat(ReportBuilder.elements(result, Catalogues.of(Advisor.builtIn().knowledge())).list()).as("nothing left not known")
                .extracting(Element::status).containsOnly(ElementStatus.IN_PLACE, ElementStatus.NOT_APPLICABLE)
                .contains(ElementStatus.NOT_APPLICABLE);
    }
}
