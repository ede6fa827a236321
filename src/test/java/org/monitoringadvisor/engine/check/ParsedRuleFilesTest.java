package org.monitoringadvisor.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.drools.drl.ast.descr.PackageDescr;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/** The DRL parsed for Drools' build is the checker's reading too: one parse for both. */
class ParsedRuleFilesTest {

    private static final String RULE = "package rules;\nrule \"a\"\nwhen\nthen\nend\n";

    private static Resource resource(RuleFile file) {
        return KieServices.Factory.get().getResources()
                .newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8)).setSourcePath(file.location());
    }

    private static List<RuleFile> files(String name, String text) {
        return List.of(new RuleFile(name, "rules/" + name, text));
    }

    @Test
    void theCheckerTakesUpTheReadingOfTheBuildsParseAndWaitsForIt() {
        List<RuleFile> files = files("parsed.drl", RULE.replace("\"a\"", "\"parsed once\""));
        ParsedRuleFiles parse = ParsedRuleFiles.promise(files);
        CompletableFuture<List<DrlFile>> checker = CompletableFuture.supplyAsync(() -> DrlReadings.of(files(
                "parsed.drl", RULE.replace("\"a\"", "\"parsed once\""))));

        Optional<List<PackageDescr>> parsed = parse.parse(ParsedRuleFilesTest::resource);

        assertThat(parsed).hasValueSatisfying(packages -> assertThat(packages).singleElement()
                .satisfies(p -> assertThat(p.getRules()).extracting(r -> r.getName()).containsExactly("parsed once")));
        // The package was parsed with the file's resource, as Drools would have parsed the text.
        assertThat(parsed.get().get(0).getRules().get(0).getResource().getSourcePath()).isEqualTo("rules/parsed.drl");
        List<DrlFile> read = checker.join();
        assertThat(read.get(0).rules()).extracting(DrlRule::name).containsExactly("parsed once");
        assertThat(DrlReadings.of(files)).isSameAs(read);
    }

    @Test
    void aParseGivenUpLeavesTheCheckerToReadTheFilesItself() {
        List<RuleFile> files = files("abandoned.drl", RULE.replace("\"a\"", "\"read here\""));
        ParsedRuleFiles.promise(files).abandon();

        assertThat(DrlReadings.of(files).get(0).rules()).extracting(DrlRule::name).containsExactly("read here");
    }

    @Test
    void aFileThatDoesNotParseGivesDroolsNothingAndTheCheckerItsSyntaxErrors() {
        List<RuleFile> files = files("broken.drl", "rule \"x\" when Answer( then end");
        ParsedRuleFiles parse = ParsedRuleFiles.promise(files);

        assertThat(parse.parse(ParsedRuleFilesTest::resource)).isEmpty();
        DrlFile read = DrlReadings.of(files).get(0);
        assertThat(read.readable()).isFalse();
        assertThat(read.syntaxErrors()).isNotEmpty();
    }
}
