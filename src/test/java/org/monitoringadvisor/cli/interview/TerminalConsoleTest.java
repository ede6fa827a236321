package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.jline.utils.Signals;

/**
 * The terminal console shows its first prompt before JLine has opened the terminal, loses nothing typed, and treats
 * Ctrl-C meanwhile as Ctrl-C at a prompt.
 */
class TerminalConsoleTest {

    private static final String PROMPT = "Employer's name (optional; press Enter to skip): ";

    @Test
    void theFirstPromptShowsBeforeTheTerminalIsOpenAndTheAnswerTypedMeanwhileIsRead() throws Exception {
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        CountDownLatch promptShown = new CountDownLatch(1);
        CountDownLatch open = new CountDownLatch(1);
        PrintStream earlyOut = new PrintStream(early, true, StandardCharsets.UTF_8) {
            @Override
            public void flush() {
                super.flush();
                if (early.toString(StandardCharsets.UTF_8).contains(PROMPT)) {
                    promptShown.countDown();
                }
            }
        };
        // What the rep typed while the terminal was opening waits in the terminal's input.
        TerminalConsole console = new TerminalConsole(false, earlyOut, new Pager(Map.of()), completions -> {
            await(open);
            return reader("Acme Ltd\n", drawn);
        });

        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> console.readLine(PROMPT, List.of()));

        assertThat(promptShown.await(10, TimeUnit.SECONDS)).as("prompt shown before the terminal opened").isTrue();
        assertThat(answer).isNotDone();
        open.countDown();
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("Acme Ltd");
        // Back to the start of the line, where JLine draws the prompt again over the one shown early.
        assertThat(early.toString(StandardCharsets.UTF_8)).isEqualTo(PROMPT + "\r");
        assertThat(drawn.toString(StandardCharsets.UTF_8)).contains(PROMPT);
        console.close();
    }

    @Test
    void onceTheTerminalIsOpenOnlyJLineDrawsThePrompt() throws Exception {
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        TerminalConsole console = new TerminalConsole(false, new PrintStream(early, true, StandardCharsets.UTF_8),
                new Pager(Map.of()), completions -> reader("first\nsecond\n", drawn));

        assertThat(console.readLine("1: ", List.of())).isEqualTo("first");
        assertThat(console.readLine("2: ", List.of())).isEqualTo("second");

        assertThat(early.toString(StandardCharsets.UTF_8)).doesNotContain("2: ");
        assertThat(drawn.toString(StandardCharsets.UTF_8)).contains("2: ");
        console.close();
    }

    /** A reader on a terminal whose keyboard has had {@code typed} typed at it (and stays open, as a rep's does). */
    @Test
    void ctrlCBeforeTheTerminalIsOpenEndsTheInterviewAsCtrlCAtAPromptDoes() throws Exception {
        CountDownLatch promptShown = new CountDownLatch(1);
        CountDownLatch open = new CountDownLatch(1);
        PrintStream early = new PrintStream(OutputStream.nullOutputStream(), true) {
            @Override
            public void flush() {
                promptShown.countDown();
            }
        };
        TerminalConsole console = new TerminalConsole(false, early, new Pager(Map.of()), completions -> {
            await(open);
            return reader("", new ByteArrayOutputStream());
        });
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> console.readLine(PROMPT, List.of()));
        assertThat(promptShown.await(10, TimeUnit.SECONDS)).isTrue();

        pressCtrlC(); // caught while the prompt waits for the terminal, as the rep's Ctrl-C is

        assertThat(catchThrowableOfType(() -> answer.get(10, TimeUnit.SECONDS), ExecutionException.class))
                .cause().isInstanceOfSatisfying(InputEndedException.class, e -> assertThat(e.interrupted()).isTrue());
        open.countDown();
        console.close();
    }

    @Test
    void afterThePromptCtrlCGoesBackToWhoeverHadItOrToJLineIfItTookItMeanwhile() throws Exception {
        CountDownLatch toWhoeverHadIt = new CountDownLatch(1);
        Object before = Signals.register("INT", toWhoeverHadIt::countDown);
        try {
            EarlyInterrupt.catching().release();
            pressCtrlC();
            assertThat(toWhoeverHadIt.await(10, TimeUnit.SECONDS)).isTrue();

            EarlyInterrupt early = EarlyInterrupt.catching();
            CountDownLatch toJLine = new CountDownLatch(1);
            Signals.register("INT", toJLine::countDown); // JLine opening the terminal meanwhile
            early.release();
            pressCtrlC();
            assertThat(toJLine.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(early.pressed()).isNotDone();
        } finally {
            Signals.unregister("INT", before);
        }
    }

    /** SIGINT to this JVM, as the terminal sends it when the rep presses Ctrl-C. */
    private static void pressCtrlC() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid())).start();
        assertThat(kill.waitFor()).isZero();
    }

    private static LineReader reader(String typed, ByteArrayOutputStream out) {
        try {
            PipedInputStream keyboard = new PipedInputStream();
            PipedOutputStream keys = new PipedOutputStream(keyboard);
            keys.write(typed.getBytes(StandardCharsets.UTF_8));
            keys.flush();
            Terminal terminal = new DumbTerminal(keyboard, out);
            return LineReaderBuilder.builder().terminal(terminal).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
