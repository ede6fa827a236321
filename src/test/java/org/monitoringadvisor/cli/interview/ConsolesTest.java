package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which console the interview gets, and when colour is used. */
class ConsolesTest {

    @Test
    void noColourWhenNoColorIsSetToAnything() {
        assertThat(Consoles.colourWanted(Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Consoles.colourWanted(Map.of())).isTrue();
        assertThat(Consoles.colourWanted(Map.of("NO_COLOR", ""))).isTrue();
    }

    @Test
    void streamsThatAreNotTheProcesssTerminalGetThePlainConsole() {
        StringWriter out = new StringWriter();
        try (Console console = Consoles.open(new ByteArrayInputStream("2\n".getBytes()), new PrintWriter(out),
                Map.of("TERM", "xterm-256color"))) {
            assertThat(console).isInstanceOf(PlainConsole.class);
            assertThat(console.styled(Console.Emphasis.ALERT, "careful")).isEqualTo("careful");
            assertThat(console.readLine("Your answer: ", List.of())).isEqualTo("2");
        }
        assertThat(out.toString()).isEqualTo("Your answer: 2\n");
    }

    @Test
    void theEndOfAPipeIsTheEndOfInputNotCtrlC() {
        try (Console console = new PlainConsole(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()))) {
            InputEndedException ended = catchThrowableOfType(
                    () -> console.readLine("> ", List.of()), InputEndedException.class);
            assertThat(ended.interrupted()).isFalse();
        }
    }
}
