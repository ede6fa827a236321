package org.monitoringadvisor.report.model;

/**
 * One gap as a letter to management raises it.
 *
 * @param number   its number in the letter, from 1
 * @param topic    what it is about, as the questionnaire's topics name it (for example "Monitoring")
 * @param proposal what the union proposes
 */
public record Proposal(int number, String topic, String proposal) {
}
