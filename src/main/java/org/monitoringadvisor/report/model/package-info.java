/**
 * The report model: what a report, a letter or a comparison says, worked out once from an assessment and laid out
 * as plain records, so that every format (text, Markdown, HTML, JSON) renders the same content. The records are
 * read by the templates by name; they carry no formatting of their own beyond plain words.
 */
package org.monitoringadvisor.report.model;
