package org.monitoringadvisor.report.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A .docx is a zip file, and zip entries carry the time they were written. This copies one with every entry's
 * time set to the same fixed moment (the earliest a zip can hold, in local time so no time zone enters), in the
 * same order, so that the same document gives the same bytes.
 */
final class FixedZipTimes {

    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private FixedZipTimes() {
    }

    static byte[] of(byte[] zip) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(FIXED);
                out.putNextEntry(fixed);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The Word document could not be made", e);
        }
        return copy.toByteArray();
    }
}
