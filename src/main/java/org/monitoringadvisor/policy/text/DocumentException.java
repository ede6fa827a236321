package org.monitoringadvisor.policy.text;

/** A policy document that cannot be read: missing, too big, encrypted, scanned or not in a known format. */
public class DocumentException extends RuntimeException {

    /**
     * @param file    the file as the user named it
     * @param problem what is wrong, and where possible what to do about it
     */
    public DocumentException(String file, String problem) {
        super(file + ": " + problem);
    }
}
