package org.monitoringadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.monitoringadvisor.authoring.Coverage;
import org.monitoringadvisor.authoring.FiringTrace;
import org.monitoringadvisor.authoring.Scenario;
import org.monitoringadvisor.authoring.ScenarioReader;
import org.monitoringadvisor.authoring.ScenarioReport;
import org.monitoringadvisor.authoring.ScenarioResult;
import org.monitoringadvisor.authoring.ScenarioRunner;
import org.monitoringadvisor.authoring.ScenarioSource;
import org.monitoringadvisor.authoring.ScenarioSources;
import org.monitoringadvisor.engine.Advisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test}: run scenario files against a rule base and say which pass. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run scenario files (YAML: given answers, expected findings and questions) against a rule base.",
                "Without FILES, runs the rule base's own scenarios: DIR/scenarios/*.yaml with --rules DIR, the "
                        + "built-in ones otherwise."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passed", "1:a scenario failed or could not run",
                "2:bad usage, a broken scenario file or a rule base that does not compile (the message says where)"})
final class TestCommand implements Callable<Integer> {

    private static final int TRACE_LIMIT = 500;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Option(names = "--coverage", description = "Also list the rules that never fired, the questions never asked "
            + "and the findings no scenario expects present or absent.")
    private boolean coverage;

    @Option(names = "--trace", description = "Under each failing scenario, list the rule firings in order with the "
            + "facts each matched and inserted.")
    private boolean trace;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Scenario files, or folders of them.")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        Path folder = RulesFolders.existing(ruleBase.folder());
        Advisor advisor = ruleBase.advisor();
        List<ScenarioSource> sources = !files.isEmpty() ? ScenarioSources.of(files)
                : folder == null ? ScenarioSources.builtIn() : ScenarioSources.ofRulesFolder(folder);
        if (sources.isEmpty()) {
            throw new UserInputException("no scenario files found" + (folder == null ? ""
                    : " in " + folder.resolve(ScenarioSources.FOLDER)) + "; write one (see docs/rule-authoring.md) "
                    + "or name the files to run");
        }
        ScenarioReader reader = ScenarioReader.forRuleBase(advisor.knowledge());
        List<Scenario> scenarios = new ArrayList<>();
        sources.forEach(source -> scenarios.addAll(reader.read(source)));
        List<ScenarioResult> results = new ScenarioRunner(advisor).runAll(scenarios);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScenarioReport.results(results, sources.size()));
        if (trace) {
            results.stream().filter(r -> !r.passed()).forEach(r -> out.print("\nTrace of " + r.scenario().location()
                    + "  " + r.scenario().name() + "\n" + FiringTrace.render(r.firings(), TRACE_LIMIT)));
        }
        if (coverage) {
            out.print(ScenarioReport.coverage(Coverage.of(advisor.knowledge(), results)));
        }
        return results.stream().allMatch(ScenarioResult::passed) ? ExitCode.OK : ExitCode.FAILED;
    }
}
