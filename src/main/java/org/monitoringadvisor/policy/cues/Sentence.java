package org.monitoringadvisor.policy.cues;

/**
 * One sentence of a policy, as quoted and as matched.
 *
 * @param index      its position in the document, from 0
 * @param quote      the sentence exactly as the document has it, except that runs of spaces, tabs and line breaks
 *                   are one space, so that a quote is a single line
 * @param where      where a rep finds it (page, heading, paragraph, line)
 * @param normalised the same characters, one for one, in lower case with curly quotes, dashes and non-breaking
 *                   spaces made plain, which the cue patterns are written against
 */
public record Sentence(int index, String quote, String where, String normalised) {
}
