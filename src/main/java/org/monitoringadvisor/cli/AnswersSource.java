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
        return AnswersChecker.check(readUnchecked(name, stdin), advisor);
    }

    /**
     * Reads the file now and checks it later, against an advisor not yet built: so that the file is read while the
     * rules load. A file that cannot be read is reported only when it is checked, so that a broken rule base is still
     * reported first, as by {@link #read}.
     */
    static Parsed parse(String name, InputStream stdin) {
        try {
            return new Parsed(readUnchecked(name, stdin), null);
        } catch (RuntimeException e) {
            return new Parsed(null, e);
        }
    }

    /** An answers file read but not yet checked, or what reading it threw. */
    record Parsed(AnswersFile file, RuntimeException failure) {

        /** The file with its answers checked against {@code advisor}'s questions; throws what reading threw. */
        AnswersFile checkedBy(Advisor advisor) {
            if (failure != null) {
                throw failure;
            }
            return AnswersChecker.check(file, advisor);
        }
    }

    private static AnswersFile readUnchecked(String name, InputStream stdin) {
        return "-".equals(name) ? AnswersFileReader.readStdin(stdin) : AnswersFileReader.read(Path.of(name));
    }
}
