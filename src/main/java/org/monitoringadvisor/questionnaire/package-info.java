/**
 * The questionnaire as other tools and people read it: every question with its wording, help, values and
 * guidance ({@code questions}, {@code GET /questions}), and the next question of a stepwise interview
 * ({@code POST /next}). It sits above both the engine, which decides what is asked, and the reports, whose JSON the
 * next-question answer carries.
 */
package org.monitoringadvisor.questionnaire;
