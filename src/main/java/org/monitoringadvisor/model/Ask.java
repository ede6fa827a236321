package org.monitoringadvisor.model;

/** A fact the rules insert to make a question relevant: the interview asks it, and its answer counts. */
public record Ask(String question) {
}
