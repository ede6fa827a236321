package org.monitoringadvisor.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.answers.AnswersFileReader;

/**
 * The answer sets of a survey, read one at a time so that memory does not grow with their number: either a folder
 * of answers files ({@code .json}, {@code .yaml}, {@code .yml}, taken in name order; other files are left out and
 * counted), or a JSON Lines file with one answers-file object per line (blank lines are skipped).
 */
public abstract class SurveyInput implements Iterator<SurveyRecord>, AutoCloseable {

    /**
     * The longest JSON Lines record read, the same as the limit for an answers file; a longer line is skipped and
     * counted without being held in memory.
     */
    public static final int MAX_RECORD_BYTES = AnswersFileReader.MAX_BYTES;

    private final String name;

    private SurveyInput(String name) {
        this.name = name;
    }

    /**
     * Opens a folder of answers files or a JSON Lines file; {@code -} reads JSON Lines from {@code stdin}.
     *
     * @throws AnswersFileException naming the input when it does not exist or cannot be read
     */
    public static SurveyInput open(String input, InputStream stdin) {
        if ("-".equals(input)) {
            return new JsonLines(AnswersFileReader.STDIN, stdin, -1);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return new Folder(input, path);
        }
        if (!Files.isRegularFile(path)) {
            throw new AnswersFileException(input, "not found; give a folder of answers files or a .jsonl file");
        }
        try {
            return new JsonLines(input, Files.newInputStream(path), Files.size(path));
        } catch (IOException e) {
            throw new AnswersFileException(input, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The input as the user named it. */
    public String name() {
        return name;
    }

    /** How far through the input reading has got, from 0 to 1, or -1 when the size is not known (a pipe). */
    public abstract double progress();

    /** Files in a folder input that are not answers files and were left out; always 0 for JSON Lines. */
    public int ignoredFiles() {
        return 0;
    }

    @Override
    public void close() {
    }

    /** A folder of answers files. Only the sorted names are held, which a deterministic order needs. */
    private static final class Folder extends SurveyInput {

        private final List<Path> files;
        private final int ignored;
        private int next;

        Folder(String name, Path folder) {
            super(name);
            try (Stream<Path> listed = Files.list(folder)) {
                List<Path> all = listed.filter(Files::isRegularFile).filter(p -> !isHidden(p)).sorted().toList();
                this.files = all.stream().filter(Folder::isAnswersFile).toList();
                this.ignored = all.size() - files.size();
            } catch (IOException e) {
                throw new AnswersFileException(name, 0, "cannot be listed: " + e.getMessage(), e);
            }
        }

        private static boolean isHidden(Path file) {
            return file.getFileName().toString().startsWith(".");
        }

        private static boolean isAnswersFile(Path file) {
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
        }

        @Override
        public boolean hasNext() {
            return next < files.size();
        }

        @Override
        public SurveyRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path file = files.get(next++);
            return new SurveyRecord(file.toString(), 0,
                    advisor -> AnswersChecker.check(AnswersFileReader.read(file), advisor));
        }

        @Override
        public double progress() {
            return files.isEmpty() ? 1 : (double) next / files.size();
        }

        @Override
        public int ignoredFiles() {
            return ignored;
        }
    }

    /** One answers-file object per line. */
    private static final class JsonLines extends SurveyInput {

        private final LineReader lines;
        private final long size;
        private int lineNumber;
        private LineReader.Line pending;
        private int pendingLine;

        JsonLines(String name, InputStream in, long size) {
            super(name);
            this.lines = new LineReader(in, MAX_RECORD_BYTES);
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            while (pending == null) {
                LineReader.Line line = readLine();
                if (line == null) {
                    return false;
                }
                lineNumber++;
                if (line.tooLong() || !isBlank(line.bytes())) {
                    pending = line;
                    pendingLine = lineNumber;
                }
            }
            return true;
        }

        private LineReader.Line readLine() {
            try {
                return lines.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean isBlank(byte[] line) {
            for (byte b : line) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public SurveyRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            LineReader.Line record = pending;
            int line = pendingLine;
            pending = null;
            String name = name();
            if (record.tooLong()) {
                return new SurveyRecord(name + ":" + line, 0, advisor -> {
                    throw new AnswersFileException(name, line, "is " + record.length() + " bytes long, over the limit"
                            + " of " + MAX_RECORD_BYTES + " bytes (1 MiB) for one record; it was not read");
                });
            }
            byte[] bytes = record.bytes();
            return new SurveyRecord(name + ":" + line, bytes.length, advisor -> {
                try {
                    return AnswersChecker.check(
                            AnswersFileReader.read(name, decode(bytes), AnswersFileReader.Format.JSON), advisor);
                } catch (AnswersFileException e) {
                    // The reader counts lines within the record; the user needs the line in the file.
                    throw new AnswersFileException(name, line, e.problem(), e);
                }
            });
        }

        private static String decode(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new AnswersFileException("", "is not UTF-8 text; save the file as UTF-8 and try again");
            }
        }

        @Override
        public double progress() {
            return size <= 0 ? -1 : Math.min(1, (double) lines.consumed() / size);
        }

        @Override
        public void close() {
            try {
                lines.close();
            } catch (IOException ignored) {
                // Read to the end or abandoned: nothing is lost.
            }
        }
    }
}
