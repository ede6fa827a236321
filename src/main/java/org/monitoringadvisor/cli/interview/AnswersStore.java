package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileWriter;

/**
 * The answers file an interview saves to, in the contract's format, atomically and readable by the owner only;
 * with the metadata (employer, date) it keeps above the answers.
 */
final class AnswersStore {

    private final Path file;
    private final Map<String, Object> metadata;

    AnswersStore(Path file, Map<String, Object> metadata) {
        this.file = file;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    Path file() {
        return file;
    }

    Map<String, Object> metadata() {
        return metadata;
    }

    /** The same file with other metadata (a changed employer's name, the workplace), saved from now on. */
    AnswersStore withMetadata(Map<String, Object> changed) {
        return new AnswersStore(file, changed);
    }

    /** The same metadata, saved to another file. */
    AnswersStore movedTo(Path other) {
        return new AnswersStore(other, metadata);
    }

    /**
     * Replaces the file with these answers.
     *
     * @throws org.monitoringadvisor.answers.AnswersFileException naming the file when it cannot be written
     */
    void save(Map<String, String> answers) {
        AnswersFileWriter.write(file, AnswersFile.of(file.toString(), metadata, answers));
    }
}
