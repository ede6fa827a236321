package org.monitoringadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, printing an HTML file to an A4 PDF the way a rep's browser would. Tests that need it
 * skip when it is not installed here; CI installs it (see {@code .ci/run}).
 */
final class Chromium {

    private static final String COMMAND = "chromium";
    private static Boolean available;

    private Chromium() {
    }

    /** Whether {@code chromium} runs on this machine. */
    static synchronized boolean available() {
        if (available == null) {
            try {
                Process process = new ProcessBuilder(COMMAND, "--version").redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                available = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /**
     * Prints {@code html} to a PDF beside it. With {@code headerAndFooter} Chromium adds its date, title and page
     * number lines in the margins, as a plain {@code --print-to-pdf} does; without them only the document's own text
     * is on the page, so how full a page is can be measured from it.
     */
    static Path print(Path html, boolean headerAndFooter) throws IOException, InterruptedException {
        Path pdf = html.resolveSibling(html.getFileName() + (headerAndFooter ? ".plain.pdf" : ".pdf"));
        Path profile = Files.createTempDirectory(html.getParent(), "chromium-profile");
        List<String> command = new ArrayList<>(List.of(COMMAND, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        if (!headerAndFooter) {
            command.add("--no-pdf-header-footer");
        }
        command.add("--print-to-pdf=" + pdf);
        command.add(html.toUri().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(html.resolveSibling("chromium.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not print " + html + " within two minutes");
        }
        if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new IOException("chromium wrote no PDF for " + html + "; see " + html.resolveSibling("chromium.log"));
        }
        return pdf;
    }
}
