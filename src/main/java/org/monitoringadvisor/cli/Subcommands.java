package org.monitoringadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Adds subcommands to a command line, all of them or only the one a run asks for (see {@link Cli}). */
final class Subcommands {

    private final CommandLine commandLine;
    private final String wanted;

    /** @param wanted the name of the only subcommand to add, or null to add every one */
    Subcommands(CommandLine commandLine, String wanted) {
        this.commandLine = commandLine;
        this.wanted = wanted;
    }

    /** Adds {@code command} (a {@code @Command}-annotated object) if it is wanted; reading its name costs nothing. */
    Subcommands addSubcommand(Object command) {
        if (wanted == null || wanted.equals(command.getClass().getAnnotation(Command.class).name())) {
            commandLine.addSubcommand(command);
        }
        return this;
    }

    CommandLine commandLine() {
        return commandLine;
    }
}
