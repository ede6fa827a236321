package org.monitoringadvisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code monitoring-advisor}: shows the list of commands when run on its own. */
@Command(name = "monitoring-advisor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Helps union reps judge how an employer monitors email, internet and social media use, "
                + "and what to negotiate for.", "Nothing you enter leaves this machine."},
        subcommandsRepeatable = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the thing checked failed", "2:bad input or usage (the message says what)",
            "70:an internal error: a bug, not a problem with the input (reported with its stack trace)"})
final class RootCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
