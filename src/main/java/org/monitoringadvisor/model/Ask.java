package org.monitoringadvisor.model;

import org.kie.api.definition.type.ClassReactive;

/** A fact the rules insert to make a question relevant: the interview asks it, and its answer counts. */
@ClassReactive // never changed in place, so Drools need not work out which properties each pattern reads
public record Ask(String question) {
}
