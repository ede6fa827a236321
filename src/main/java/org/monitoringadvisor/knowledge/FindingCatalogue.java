package org.monitoringadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;

/**
 * The wording of every finding, read from the {@code *.findings.yaml} files (one per topic, beside the topic's
 * DRL file). Catalogue order (files by name, then entries as written) breaks ties when findings are ordered. A gap
 * may carry a {@code proposal}: the words a letter to management uses for it. Each finding belongs to a guidance
 * topic: its file's name without {@code .findings.yaml}, unless the entry names a {@code topic} of its own.
 */
public final class FindingCatalogue {

    static final String SUFFIX = ".findings.yaml";

    private final Map<String, FindingText> byId;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> topics;

    private FindingCatalogue(Map<String, FindingText> byId, Map<String, String> topics) {
        this.byId = byId;
        this.topics = topics;
        byId.keySet().forEach(id -> positions.put(id, positions.size()));
    }

    static FindingCatalogue load(KnowledgeFiles files) {
        Map<String, FindingText> byId = new LinkedHashMap<>();
        Map<String, String> topics = new HashMap<>();
        for (String name : files.names()) {
            if (!name.endsWith(SUFFIX)) {
                continue;
            }
            String location = files.location(name);
            String fileTopic = name.substring(name.lastIndexOf('/') + 1, name.length() - SUFFIX.length());
            for (JsonNode entry : YamlEntries.list(YamlEntries.parse(files, name), "findings", location)) {
                String id = YamlEntries.text(entry, "id", location + ": a finding");
                String where = location + ": finding \"" + id + "\"";
                FindingText earlier = byId.get(id);
                if (earlier != null) {
                    throw new KnowledgeException(where, "already defined in " + earlier.file()
                            + "; finding ids must be unique");
                }
                String topic = YamlEntries.optionalText(entry, "topic");
                topics.put(id, topic.isEmpty() ? fileTopic : topic);
                FindingKind kind = kind(entry, where);
                String proposal = YamlEntries.optionalText(entry, "proposal");
                if (!proposal.isEmpty() && kind != FindingKind.GAP) {
                    throw new KnowledgeException(where, "has a \"proposal\", which only a gap can have");
                }
                byId.put(id, new FindingText(id, kind, priority(entry, where),
                        YamlEntries.text(entry, "title", where), YamlEntries.text(entry, "advice", where),
                        YamlEntries.texts(entry, "points", where), location, proposal));
            }
        }
        return new FindingCatalogue(byId, topics);
    }

    private static FindingKind kind(JsonNode entry, String where) {
        try {
            return FindingKind.fromId(YamlEntries.text(entry, "kind", where));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(where, e.getMessage());
        }
    }

    private static Priority priority(JsonNode entry, String where) {
        try {
            return Priority.fromId(YamlEntries.text(entry, "priority", where));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(where, e.getMessage());
        }
    }

    /** All finding texts, in catalogue order. */
    public List<FindingText> all() {
        return List.copyOf(byId.values());
    }

    /** The text of the finding with this id, if any. */
    public Optional<FindingText> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The guidance topic of the finding with this id, or empty if there is no such finding. */
    public String topic(String id) {
        return topics.getOrDefault(id, "");
    }

    /** The position of a finding in the catalogue, or {@link Integer#MAX_VALUE} if it is not in it. */
    public int position(String id) {
        return positions.getOrDefault(id, Integer.MAX_VALUE);
    }
}
