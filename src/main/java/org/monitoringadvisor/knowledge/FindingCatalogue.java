package org.monitoringadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Rebuttal;

/**
 * The wording of every finding, read from the {@code *.findings.yaml} files (one per topic, beside the topic's
 * DRL file). Catalogue order (files by name, then entries as written) breaks ties when findings are ordered. A gap
 * may carry a {@code proposal}: the words a letter to management uses for it. Every finding has a {@code footing}
 * (legal-duty, arguable, regulator-expects or union-aim) and may carry one to three {@code rebuttals}, each an
 * {@code objection}, an {@code answer} and the {@code guidance} ids the answer rests on. Each finding belongs to a
 * guidance topic: its file's name without {@code .findings.yaml}, unless the entry names a {@code topic} of its own.
 */
public final class FindingCatalogue {

    static final String SUFFIX = ".findings.yaml";

    /** The most rebuttals a finding may carry: a rep reads three objections, not ten. */
    public static final int MAX_REBUTTALS = 3;

    private static final Pattern ENTRY = Pattern.compile("(?m)^\\s*-\\s*id:\\s*[\"']?([\\w./-]+)");

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
            Map<String, Integer> lines = entryLines(files.read(name));
            for (JsonNode entry : YamlEntries.list(YamlEntries.parse(files, name), "findings", location)) {
                String id = YamlEntries.text(entry, "id", location + ": a finding");
                int line = lines.getOrDefault(id, 1);
                String where = location + ":" + line + ": finding \"" + id + "\"";
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
                        YamlEntries.texts(entry, "points", where), location, proposal, footing(entry, where),
                        rebuttals(entry, where), line));
            }
        }
        return new FindingCatalogue(byId, topics);
    }

    /** The line each {@code - id:} entry starts on, so messages can point at it. */
    private static Map<String, Integer> entryLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Matcher matcher = ENTRY.matcher(text);
        int line = 1;
        int from = 0;
        while (matcher.find()) {
            for (int i = from; i < matcher.start(1); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            from = matcher.start(1);
            lines.putIfAbsent(matcher.group(1), line);
        }
        return lines;
    }

    private static Footing footing(JsonNode entry, String where) {
        try {
            return Footing.fromId(YamlEntries.text(entry, "footing", where));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(where, e.getMessage());
        }
    }

    private static List<Rebuttal> rebuttals(JsonNode entry, String where) {
        JsonNode node = entry.get("rebuttals");
        List<Rebuttal> rebuttals = new ArrayList<>();
        if (node == null || node.isNull()) {
            return rebuttals;
        }
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_REBUTTALS) {
            throw new KnowledgeException(where, "\"rebuttals\" must be a list of 1 to " + MAX_REBUTTALS
                    + " entries, each with objection, answer and guidance");
        }
        int number = 0;
        for (JsonNode item : node) {
            number++;
            String at = where + ", rebuttal " + number;
            if (!item.isObject()) {
                throw new KnowledgeException(at, "must be a map with objection, answer and guidance");
            }
            List<String> guidance = YamlEntries.texts(item, "guidance", at);
            if (guidance.isEmpty()) {
                throw new KnowledgeException(at, "missing \"guidance\": cite the source the answer rests on");
            }
            rebuttals.add(new Rebuttal(YamlEntries.text(item, "objection", at), YamlEntries.text(item, "answer", at),
                    guidance));
        }
        return rebuttals;
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
