package org.monitoringadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code rulebase.yaml} says about the rule base as a whole.
 *
 * @param name             its name, shown in reports
 * @param version          its version, carried in every result
 * @param guidanceAsOf     the date its guidance was last checked against the sources
 */
public record RuleBaseInfo(String name, String version, String guidanceAsOf) {

    static final String FILE = "rulebase.yaml";

    static RuleBaseInfo load(KnowledgeFiles files) {
        String location = files.location(FILE);
        JsonNode root = YamlEntries.parse(files, FILE);
        return new RuleBaseInfo(YamlEntries.text(root, "name", location), YamlEntries.text(root, "version", location),
                YamlEntries.text(root, "guidance-as-of", location));
    }
}
