package org.monitoringadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staleness: which documents were last checked too long before a given day. Dates are always passed in. */
class StalenessTest {

    private static final Knowledge BUILT_IN = Knowledge.load(KnowledgeFiles.builtIn());

    @Test
    void readsDaysMonthsAndYearsAsTheEndOfThePeriod() {
        assertThat(Staleness.checkedOn("2026-11-28")).hasValue(LocalDate.of(2026, 11, 28));
        assertThat(Staleness.checkedOn("2015-11")).hasValue(LocalDate.of(2015, 11, 30));
        assertThat(Staleness.checkedOn("2014")).hasValue(LocalDate.of(2014, 12, 31));
        assertThat(Staleness.checkedOn("November 2015")).isEmpty();
        assertThat(Staleness.checkedOn("2015-13")).isEmpty();
    }

    @Test
    void aDocumentIsStaleOnlyOnceTheAgeIsPassed() {
        assertThat(Staleness.isStale("2025-05", 18, LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(Staleness.isStale("2025-05", 18, LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(Staleness.isStale("not a date", 18, LocalDate.of(2026, 12, 1))).isTrue();
    }

    @Test
    void onTheDayTheRuleBaseWasCheckedOnlyTheSeedFactsheetIsStale() {
        List<Staleness.Warning> warnings = Staleness.warnings(BUILT_IN, LocalDate.of(2026, 11, 28));

        assertThat(warnings).extracting(Staleness.Warning::entry).containsExactly("document \"unison-2014\"");
        assertThat(warnings.get(0).file()).endsWith("sources.yaml");
        assertThat(warnings.get(0).text()).contains("sources.yaml: document \"unison-2014\": current as of 2015-11")
                .contains("18 months");
    }

    @Test
    void twoYearsLaterEveryDocumentAndTheRuleBaseItselfAreFlagged() {
        List<Staleness.Warning> warnings = Staleness.warnings(BUILT_IN, LocalDate.of(2028, 12, 1));

        assertThat(warnings).extracting(Staleness.Warning::entry)
                .contains("document \"uk-gdpr\"", "document \"ico-2023\"", "guidance-as-of")
                .hasSize(BUILT_IN.sources().documents().size() + 1);
        assertThat(warnings.get(warnings.size() - 1).file()).endsWith("rulebase.yaml");
    }

    @Test
    void theAgeComesFromTheRuleBase() {
        assertThat(BUILT_IN.info().staleAfterMonths()).isEqualTo(18);
        assertThat(BUILT_IN.info().changesSinceGuide().changes()).extracting(ChangesSinceGuide.Change::id)
                .contains("data-protection-law", "ico-monitoring-guidance", "interception", "article-8-case-law");
    }

    @Test
    void aCurrentAsOfThatIsNotADateIsRejectedNamingTheDocument(@TempDir Path folder) throws Exception {
        BuiltInCopy.into(folder);
        replace(folder.resolve("sources.yaml"), "current-as-of: \"2015-11\"", "current-as-of: \"late 2015\"");

        assertThatThrownBy(() -> Knowledge.load(KnowledgeFiles.folder(folder)))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("sources.yaml").hasMessageContaining("document \"unison-2014\"")
                .hasMessageContaining("late 2015");
    }

    @Test
    void aConfidenceOutsideTheGradesIsRejected(@TempDir Path folder) throws Exception {
        BuiltInCopy.into(folder);
        replace(folder.resolve("sources.yaml"), "confidence: medium", "confidence: fairly sure");

        assertThatThrownBy(() -> Knowledge.load(KnowledgeFiles.folder(folder)))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("high, medium, low");
    }

    @Test
    void aChangeNoteCitingUnknownGuidanceIsRejectedNamingTheChange(@TempDir Path folder) throws Exception {
        BuiltInCopy.into(folder);
        replace(folder.resolve("rulebase.yaml"), "[uk-gdpr/art-22a-22d-automated-decisions]", "[uk-gdpr/art-22]");

        assertThatThrownBy(() -> Knowledge.load(KnowledgeFiles.folder(folder)))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("rulebase.yaml").hasMessageContaining("change \"automated-decisions\"")
                .hasMessageContaining("uk-gdpr/art-22");
    }

    @Test
    void aStalenessAgeBelowOneMonthIsRejected(@TempDir Path folder) throws Exception {
        BuiltInCopy.into(folder);
        replace(folder.resolve("rulebase.yaml"), "stale-after-months: 18", "stale-after-months: 0");

        assertThatThrownBy(() -> Knowledge.load(KnowledgeFiles.folder(folder)))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("stale-after-months");
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).as("test setup: %s contains %s", file, from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
