package org.monitoringadvisor.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes, without decoding them, so that a line that is not UTF-8 can be reported
 * and skipped like any other bad record instead of stopping the whole survey. Accepts {@code \n} and
 * {@code \r\n} line ends. A line longer than the limit is not kept: its bytes are read past and only its length is
 * returned, so one enormous line cannot exhaust memory.
 */
final class LineReader implements AutoCloseable {

    /** A line: its bytes without the line end, or null when it was over the limit; and its length in bytes. */
    record Line(byte[] bytes, long length) {

        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private long consumed;
    private byte[] line = new byte[256];

    /** Reads lines of at most {@code maxLength} bytes (line end excluded). */
    LineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int kept = 0;
        long length = 0;
        while (true) {
            if (start == end) {
                int read = in.read(buffer);
                if (read < 0) {
                    return length == 0 ? null : line(kept, length); // a last line without a line end still counts
                }
                start = 0;
                end = read;
            }
            int newline = -1;
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? end : newline;
            int count = stop - start;
            // One byte of slack keeps a \r before the line end from making a line of exactly the limit too long.
            if (length + count <= maxLength + 1L) {
                if (kept + count > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, kept + count));
                }
                System.arraycopy(buffer, start, line, kept, count);
                kept += count;
            }
            length += count;
            consumed += count;
            if (newline >= 0) {
                start = newline + 1;
                consumed++;
                return line(kept, length);
            }
            start = end;
        }
    }

    private Line line(int kept, long length) {
        boolean carriageReturn = kept == length && kept > 0 && line[kept - 1] == '\r';
        long usable = carriageReturn ? length - 1 : length;
        if (usable > maxLength) {
            shrink();
            return new Line(null, usable);
        }
        Line result = new Line(Arrays.copyOf(line, (int) usable), usable);
        shrink();
        return result;
    }

    /** After a long line, gives the memory back rather than keeping a megabyte per reader. */
    private void shrink() {
        if (line.length > 1 << 16) {
            line = new byte[256];
        }
    }

    /** Bytes consumed so far, for progress. */
    long consumed() {
        return consumed;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
