package org.monitoringadvisor.model;

/**
 * A fact: the rep's answer to one question of the catalogue, for example
 * {@code Answer("personal-use", "banned")}. Rules match it as {@code Answer( question == "personal-use", value == "banned" )}.
 * The engine keeps an answer in working memory only while its question is relevant.
 */
public record Answer(String question, String value) {
    /** The value every question accepts: the rep does not know. */
    public static final String UNKNOWN = "unknown";
}
