package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run naming a subcommand builds only that one; it must parse and explain itself as in the whole tree. */
class LeanCommandLineTest {

    private final InputStream in = new ByteArrayInputStream(new byte[0]);

    @Test
    void eachSubcommandBuiltAloneHasTheSameHelpAndOptionsAsInTheWholeTree() {
        CommandLine whole = Cli.commandLine(in);

        assertThat(whole.getSubcommands()).hasSizeGreaterThan(5);
        whole.getSubcommands().forEach((name, inTree) -> {
            CommandLine alone = Cli.commandLine(in, new String[] {name, "--help"});

            assertThat(alone.getSubcommands()).containsOnlyKeys(name);
            CommandLine sub = alone.getSubcommands().get(name);
            assertThat(sub.getUsageMessage()).isEqualTo(inTree.getUsageMessage());
            assertThat(sub.getCommandSpec().optionsMap().keySet())
                    .isEqualTo(inTree.getCommandSpec().optionsMap().keySet());
        });
    }

    @Test
    void anythingButASubcommandFirstGetsTheWholeTree() {
        int all = Cli.commandLine(in).getSubcommands().size();

        assertThat(Cli.commandLine(in, new String[0]).getSubcommands()).hasSize(all);
        assertThat(Cli.commandLine(in, new String[] {"--help"}).getSubcommands()).hasSize(all);
        assertThat(Cli.commandLine(in, new String[] {"asess"}).getSubcommands()).hasSize(all);
    }

    @Test
    void theRootHelpStillListsEveryCommand() {
        CliRun run = CliRun.run("--help");

        Cli.commandLine(in).getSubcommands().keySet().forEach(name -> assertThat(run.out()).contains(name));
    }
}
