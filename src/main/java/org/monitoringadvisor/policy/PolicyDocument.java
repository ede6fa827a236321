package org.monitoringadvisor.policy;

/**
 * Which document was read.
 *
 * @param file   its file name (without the folders)
 * @param sha256 the SHA-256 of its bytes, in hex, so a rep can tell whether a later copy is the same
 * @param format the format it was read as
 * @param read   the date it was read (ISO, yyyy-mm-dd)
 */
public record PolicyDocument(String file, String sha256, String format, String read) {
}
