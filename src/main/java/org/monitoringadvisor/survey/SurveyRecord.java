package org.monitoringadvisor.survey;

import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.engine.Advisor;

/**
 * One answer set of a survey input, not yet read: where it is (a file, or a file and line) and how to read it.
 * Reading is left to the worker thread that assesses it, so the input can be walked quickly on one thread.
 *
 * @param origin where the record is, as messages name it: {@code answers/school.yaml} or {@code survey.jsonl:12}
 * @param bytes  how many bytes of the record are held in memory until it is read (0 for a file not yet opened)
 * @param reader reads the record and checks its answers
 */
public record SurveyRecord(String origin, long bytes, RecordReader reader) {

    /** A record that holds nothing in memory until it is read. */
    public SurveyRecord(String origin, RecordReader reader) {
        this(origin, 0, reader);
    }

    /** Reads one record and checks its answers against a rule base's questions. */
    @FunctionalInterface
    public interface RecordReader {

        /**
         * Reads and checks the record.
         *
         * @throws org.monitoringadvisor.answers.AnswersFileException naming the record's file and line when it is
         *                                                            bad
         */
        AnswersFile read(Advisor advisor);
    }
}
