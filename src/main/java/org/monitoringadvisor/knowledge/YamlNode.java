package org.monitoringadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * One node of a YAML document read by {@link YamlReader}: a map, a list or a scalar, each knowing where it is
 * written. A scalar keeps its text as written (an unquoted {@code yes} stays "yes"); an empty value has no text.
 */
public record YamlNode(Map<String, YamlNode> fields, List<YamlNode> items, String text, Position position) {

    public boolean isMap() {
        return fields != null;
    }

    public boolean isList() {
        return items != null;
    }

    public boolean isScalar() {
        return fields == null && items == null;
    }

    /** A scalar with no value ({@code field:} or {@code ~}). */
    public boolean isEmpty() {
        return isScalar() && text == null;
    }

    /** The 1-based line the node is written on. */
    public int line() {
        return position.line();
    }

    /** The value of {@code field} of a map, or null when this is not a map or has no such field. */
    public YamlNode get(String field) {
        return fields == null ? null : fields.get(field);
    }
}
