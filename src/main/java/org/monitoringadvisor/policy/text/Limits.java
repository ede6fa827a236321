package org.monitoringadvisor.policy.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bounds on what is read, so that a huge or hostile file cannot take the machine's memory or time: a policy is
 * tens of pages, and these leave room for a long staff handbook.
 */
public final class Limits {

    /** The largest file read: 25 MB. */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;
    /** The most text kept from a document: 3 million characters, about 1,500 pages. */
    public static final int MAX_CHARACTERS = 3_000_000;
    /** The most pages read from a PDF. */
    public static final int MAX_PAGES = 1_500;

    private Limits() {
    }

    /** Checks the file exists, is readable, and is not over the size limit. */
    static void checkFile(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DocumentException(name, "is a folder, not a policy document");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(name, "file not found");
        } catch (IOException e) {
            throw new DocumentException(name, "cannot be read: " + e.getMessage());
        }
        if (!Files.isReadable(file)) {
            throw new DocumentException(name, "cannot be read: permission denied");
        }
        if (size > MAX_FILE_BYTES) {
            throw new DocumentException(name, "is " + size / (1024 * 1024) + " MB; the limit is "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB. Save the policy part of the document on its own and try again");
        }
        if (size == 0) {
            throw new DocumentException(name, "is empty");
        }
    }

    /** Checks the text taken from a document is within bounds. */
    static DocumentText checkText(Path file, DocumentText text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new DocumentException(file.toString(), "has more than " + MAX_CHARACTERS
                    + " characters of text; save the policy part of the document on its own and try again");
        }
        return text;
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new DocumentException(file.toString(), "cannot be read: permission denied");
        } catch (IOException e) {
            throw new DocumentException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
