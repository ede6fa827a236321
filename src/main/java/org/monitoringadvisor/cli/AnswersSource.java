package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.nio.file.Path;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;

/** Reads an answers file named on the command line ({@code -} for standard input) and checks its answers. */
final class AnswersSource {

    private AnswersSource() {
    }

    static AnswersFile read(String name, InputStream stdin, Advisor advisor) {
        AnswersFile file = "-".equals(name) ? AnswersFileReader.readStdin(stdin) : AnswersFileReader.read(Path.of(name));
        return AnswersChecker.check(file, advisor);
    }
}
