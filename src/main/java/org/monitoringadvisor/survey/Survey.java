package org.monitoringadvisor.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.InvalidAnswerException;
import org.monitoringadvisor.model.Assessment;

/**
 * Assesses every answer set of a {@link SurveyInput} and counts what it finds. Records are read, checked and
 * assessed on worker threads, but their results are taken in input order, so the output is the same bytes
 * whatever the number of threads. At most a fixed number of records are in flight at once, so memory does not
 * grow with the input. A bad record is reported (with its file, or file and line) and skipped; the run goes on.
 */
public final class Survey {

    /** Records in flight per worker thread: enough to keep every thread busy while results are written in order. */
    private static final int IN_FLIGHT_PER_THREAD = 32;

    /**
     * Bytes of records in flight at once, whatever the number of threads: with records of up to 1 MiB, a count
     * alone would let many threads hold hundreds of megabytes. One record is always let through.
     */
    private static final long IN_FLIGHT_BYTES = 16L << 20;

    /** Hears about the run as it goes, on the thread that called {@link #run}. */
    public interface Listener {

        /** A record was skipped; {@code message} names its file or line and says what is wrong. */
        void skipped(String message);

        /** Another record is done; {@code progress} is from 0 to 1, or -1 when the input's size is unknown. */
        default void progress(long records, double progress) {
        }
    }

    private final Advisor advisor;
    private final int threads;

    /**
     * A survey against {@code advisor}'s rule base.
     *
     * @param threads worker threads; 1 assesses on the calling thread
     */
    public Survey(Advisor advisor, int threads) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /**
     * Runs the survey.
     *
     * @param input    the answer sets
     * @param findings where to write one JSON line per record (see {@code findings.jsonl}), or null for none
     * @param listener told of skipped records and progress
     * @return the counts
     */
    public SurveySummary run(SurveyInput input, Writer findings, Listener listener) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(listener, "listener");
        Tally tally = new Tally(advisor);
        long done = 0;
        if (threads == 1) {
            while (input.hasNext()) {
                record(process(input.next(), findings != null), tally, findings, listener);
                listener.progress(++done, input.progress());
            }
        } else {
            ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "survey-worker");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
                Deque<Long> sizes = new ArrayDeque<>();
                long bytesInFlight = 0;
                int window = threads * IN_FLIGHT_PER_THREAD;
                while (input.hasNext() || !inFlight.isEmpty()) {
                    while (inFlight.size() < window && input.hasNext()
                            && (inFlight.isEmpty() || bytesInFlight < IN_FLIGHT_BYTES)) {
                        SurveyRecord next = input.next();
                        inFlight.add(workers.submit(() -> process(next, findings != null)));
                        sizes.add(next.bytes());
                        bytesInFlight += next.bytes();
                    }
                    record(await(inFlight.poll()), tally, findings, listener);
                    bytesInFlight -= sizes.poll();
                    listener.progress(++done, input.progress());
                }
            } finally {
                workers.shutdownNow();
            }
        }
        return tally.summary(input.name(), input.ignoredFiles());
    }

    /** What became of one record. {@code line} is its findings.jsonl line, when one is wanted. */
    private record Outcome(String origin, Assessment assessment, String problem, String message, String line) {
    }

    private Outcome process(SurveyRecord record, boolean wantLine) {
        try {
            AnswersFile file = record.reader().read(advisor);
            Assessment assessment = advisor.assess(file.answers());
            String line = wantLine ? WorkplaceLine.assessed(record.origin(), file.metadata(), assessment) : null;
            return new Outcome(record.origin(), assessment, null, null, line);
        } catch (AnswersFileException e) {
            return skipped(record.origin(), e.problem(), e.getMessage(), wantLine);
        } catch (InvalidAnswerException e) {
            return skipped(record.origin(), e.getMessage(), record.origin() + ": " + e.getMessage(), wantLine);
        }
    }

    private static Outcome skipped(String origin, String problem, String message, boolean wantLine) {
        return new Outcome(origin, null, problem, message, wantLine ? WorkplaceLine.skipped(origin, problem) : null);
    }

    private static void record(Outcome outcome, Tally tally, Writer findings, Listener listener) {
        if (outcome.assessment() != null) {
            tally.add(outcome.assessment());
        } else {
            tally.skip(outcome.origin(), outcome.problem());
            listener.skipped(outcome.message());
        }
        if (findings != null) {
            try {
                findings.write(outcome.line());
                findings.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the survey was interrupted", e);
        } catch (ExecutionException e) {
            // Not a bad record but a broken rule base or a bug: stop, keeping the original exception.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
