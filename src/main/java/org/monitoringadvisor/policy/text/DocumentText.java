package org.monitoringadvisor.policy.text;

import java.util.List;

/**
 * The text of a policy document, passage by passage in reading order.
 *
 * @param format   the format it was read as, such as "PDF" or "Word (DOCX)"
 * @param passages the passages in reading order
 */
public record DocumentText(String format, List<Passage> passages) {

    public DocumentText {
        passages = List.copyOf(passages);
    }

    /** How many characters of text there are, all passages together. */
    public int length() {
        return passages.stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The whole text, passages separated by blank lines: what quotes must be found in. */
    public String fullText() {
        StringBuilder all = new StringBuilder();
        for (Passage passage : passages) {
            all.append(passage.text()).append("\n\n");
        }
        return all.toString();
    }
}
