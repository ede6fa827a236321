package org.monitoringadvisor.model;

import org.kie.api.definition.type.ClassReactive;

/**
 * A fact: the rep's answer to one question of the catalogue, for example
 * {@code Answer("personal-use", "banned")}. Rules match it as {@code Answer( question == "personal-use", value == "banned" )}.
 * The engine keeps an answer in working memory only while its question is relevant.
 */
@ClassReactive // never changed in place, so Drools need not work out which properties each pattern reads
public record Answer(String question, String value) {
    /** The value every question accepts: the rep does not know. */
    public static final String UNKNOWN = "unknown";
}
