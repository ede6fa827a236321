package org.monitoringadvisor.cli;

import java.util.concurrent.Callable;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.questionnaire.QuestionnaireJson;
import org.monitoringadvisor.questionnaire.QuestionnaireText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code questions}: the questionnaire as text or JSON, for people and for tools that draw their own screens. */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = {"Print every question with its help, values and guidance.",
                "JSON gives other tools what they need to draw their own screens."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the questions were printed", "2:bad option or broken rule base (the message says what)"})
final class QuestionsCommand implements Callable<Integer> {

    /** The formats the questionnaire can be printed in. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        Advisor advisor = ruleBase.advisor();
        spec.commandLine().getOut().print(format == Format.json
                ? QuestionnaireJson.render(advisor) : QuestionnaireText.render(advisor));
        return ExitCode.OK;
    }
}
