package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the worked example of docs/rule-authoring.md to the letter: the code blocks marked
 * {@code <!-- example: ... -->} are applied to a fresh {@code init-rules} folder, then {@code check},
 * {@code test} and {@code assess} must do what the guide says. If the guide and the product drift apart,
 * this fails.
 */
class WorkedExampleTest {

    private static final Path GUIDE = Path.of("docs/rule-authoring.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- example: (.+?) -->\\s*\\n```[a-z]*\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern INSERT = Pattern.compile("insert (\\S+) after \"(.+)\"");
    private static final Pattern TYPO = Pattern.compile("typo (\\S+) (.+) => (.+)");

    private record Block(String instruction, String text) {
    }

    @TempDir
    Path dir;

    private Path rules;
    private final List<Block> blocks = new ArrayList<>();

    @BeforeEach
    void followTheGuide() throws Exception {
        Matcher matcher = BLOCK.matcher(Files.readString(GUIDE));
        while (matcher.find()) {
            blocks.add(new Block(matcher.group(1).strip(), matcher.group(2)));
        }
        rules = dir.resolve("my-rules");
        assertThat(CliRun.run("init-rules", rules.toString()).exitCode()).isZero();
        for (Block block : blocks) {
            apply(block);
        }
    }

    private void apply(Block block) throws Exception {
        String[] words = block.instruction().split(" ", 2);
        Matcher insert = INSERT.matcher(block.instruction());
        if (insert.matches()) {
            Path file = rules.resolve(insert.group(1));
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            int at = lines.stream().map(String::strip).toList().indexOf(insert.group(2));
            assertThat(at).as("line %s in %s", insert.group(2), file).isNotNegative();
            lines.add(at + 1, block.text().stripTrailing());
            Files.writeString(file, String.join("\n", lines) + "\n");
        } else if (words[0].equals("append")) {
            Path file = rules.resolve(words[1]);
            String text = Files.readString(file);
            Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + "\n" + block.text());
        } else if (words[0].equals("create")) {
            Path file = rules.resolve(words[1]);
            assertThat(file).doesNotExist();
            Files.createDirectories(file.getParent());
            Files.writeString(file, block.text());
        } else {
            assertThat(words[0]).as("instruction %s", block.instruction()).isIn("typo", "answers");
        }
    }

    private Block block(String instruction) {
        return blocks.stream().filter(b -> b.instruction().startsWith(instruction)).findFirst().orElseThrow();
    }

    @Test
    void theGuideHasEveryStep() {
        assertThat(blocks).extracting(Block::instruction).contains("append questions.yaml", "append sources.yaml",
                "create complaints.drl", "create complaints.findings.yaml", "create scenarios/complaints.yaml",
                "answers");
    }

    @Test
    void checkHasNothingToSayAboutTheNewRules() {
        CliRun check = CliRun.run("check", "--rules", rules.toString());

        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).doesNotContain("complaints", "duaa-2025");
    }

    @Test
    void theNewScenariosPassAndMakeEveryNewRuleFire() {
        CliRun test = CliRun.run("test", "--rules", rules.toString(), "--coverage");

        assertThat(test.exitCode()).as(test.out()).isZero();
        Path scenarios = rules.resolve("scenarios/complaints.yaml");
        assertThat(test.out()).contains(
                "PASS  " + scenarios + ":2  With routine monitoring, no way to complain about personal data is a gap",
                "PASS  " + scenarios + ":18  Not knowing how staff can complain becomes a question for management",
                "PASS  " + scenarios + ":26  Without monitoring the question is not asked and an answer to it has no "
                        + "effect");
        assertThat(test.out()).doesNotContain("complaints.drl:");
    }

    @Test
    void assessGivesTheNewFindingAndTheTraceShowsTheRule() throws Exception {
        Path answers = Files.writeString(dir.resolve("example-answers.yaml"), block("answers").text());

        CliRun assess = CliRun.run("assess", "--rules", rules.toString(), "--answers", answers.toString(), "--trace");

        assertThat(assess.exitCode()).isZero();
        assertThat(assess.out()).contains("Staff have no set way to complain about how their personal data",
                "section 103, adding section 164A");
        assertThat(assess.err()).contains("\"No way to complain about personal data is a gap\"\n"
                + "        matched:  Answer( data-protection-complaints = no )");
    }

    @Test
    void theTypoTheGuideShowsIsReportedAsTheGuideSays() throws Exception {
        Matcher typo = TYPO.matcher(block("typo").instruction());
        assertThat(typo.matches()).isTrue();
        Path file = rules.resolve(typo.group(1));
        String text = Files.readString(file);
        int second = text.indexOf(typo.group(2), text.indexOf(typo.group(2)) + 1);
        int at = second >= 0 ? second : text.indexOf(typo.group(2));
        Files.writeString(file, text.substring(0, at) + typo.group(3) + text.substring(at + typo.group(2).length()));

        CliRun check = CliRun.run("check", "--rules", rules.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).contains(block("typo").text().strip().replace("my-rules/", rules + "/"));
    }
}
