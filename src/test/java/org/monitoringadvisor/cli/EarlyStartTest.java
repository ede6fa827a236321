package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines begin reading the built-in rules as the program starts: only those that will assess with them. */
class EarlyStartTest {

    private static boolean early(String... args) {
        return EarlyStart.assessesWithBuiltInRules(args);
    }

    @Test
    void theAssessingCommandsWithTheBuiltInRulesBeginAtOnce() {
        assertThat(early("assess", "--answers", "a.yaml")).isTrue();
        assertThat(early("assess", "--answers", "a.yaml", "--format", "html", "--out", "r.html")).isTrue();
        assertThat(early("brief", "--answers", "a.yaml", "--length", "short")).isTrue();
        assertThat(early("compare", "old.yaml", "new.yaml")).isTrue();
    }

    @Test
    void aRulesFolderHelpVersionOrArgumentFileDoesNot() {
        assertThat(early("assess", "--answers", "a.yaml", "--rules", "my-rules")).isFalse();
        assertThat(early("assess", "--rules=my-rules", "--answers", "a.yaml")).isFalse();
        assertThat(early("assess", "--help")).isFalse();
        assertThat(early("assess", "-h")).isFalse();
        assertThat(early("compare", "--version")).isFalse();
        assertThat(early("assess", "@options.txt")).isFalse();
    }

    @Test
    void otherCommandsDoNot() {
        assertThat(early()).isFalse();
        assertThat(early("interview")).isFalse(); // the interview begins its own loading behind its first prompt
        assertThat(early("check")).isFalse();
        assertThat(early("survey", "records.jsonl")).isFalse();
        assertThat(early("--answers", "assess")).isFalse();
        assertThat(early("asess", "--answers", "a.yaml")).isFalse();
    }
}
