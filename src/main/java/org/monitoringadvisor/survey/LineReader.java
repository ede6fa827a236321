package org.monitoringadvisor.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes, without decoding them, so that a line that is not UTF-8 can be reported
 * and skipped like any other bad record instead of stopping the whole survey. Accepts {@code \n} and
 * {@code \r\n} line ends.
 */
final class LineReader implements AutoCloseable {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private long consumed;
    private byte[] line = new byte[256];

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the stream. */
    byte[] next() throws IOException {
        int length = 0;
        while (true) {
            if (start == end) {
                int read = in.read(buffer);
                if (read < 0) {
                    return length == 0 ? null : trimmed(length); // a last line without a line end still counts
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
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(buffer, start, line, length, count);
            length += count;
            consumed += count;
            if (newline >= 0) {
                start = newline + 1;
                consumed++;
                return trimmed(length);
            }
            start = end;
        }
    }

    private byte[] trimmed(int length) {
        int usable = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return Arrays.copyOf(line, usable);
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
