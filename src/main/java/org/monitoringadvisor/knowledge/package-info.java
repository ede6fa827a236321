/**
 * The knowledge of a rule base, loaded and checked: {@link org.monitoringadvisor.knowledge.Knowledge} with its
 * catalogues of questions, guidance sources and finding wording, the rule base's facts
 * ({@link org.monitoringadvisor.knowledge.RuleBaseInfo}, changes since the guide, what is out of scope) and the
 * DRL files' text. It depends on {@code model} only.
 *
 * <p><strong>Part of the API</strong>, read-only: {@code Advisor.knowledge()} returns it, reports take it
 * ({@code ReportInput.of}), and embedders may read any catalogue. Everything here is immutable once loaded;
 * {@link org.monitoringadvisor.knowledge.KnowledgeFiles} says where a rule base is read from and
 * {@link org.monitoringadvisor.knowledge.KnowledgeException} where a file is broken. The positioned YAML reader
 * ({@link org.monitoringadvisor.knowledge.YamlReader}, {@link org.monitoringadvisor.knowledge.YamlNode}) is public
 * so that every reader of the product's YAML shares it; it has no API contract.
 */
package org.monitoringadvisor.knowledge;
