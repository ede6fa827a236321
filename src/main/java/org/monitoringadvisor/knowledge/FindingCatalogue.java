package org.monitoringadvisor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A gap that makes one point of several the rules would otherwise conclude apart names them in
 * {@code takes-the-place-of}, so that {@code compare} can tell a part of it that stays open from a new gap.
 */
public final class FindingCatalogue {

    static final String SUFFIX = ".findings.yaml";

    /** The most rebuttals a finding may carry: a rep reads three objections, not ten. */
    public static final int MAX_REBUTTALS = 3;


    private final Map<String, FindingText> byId;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> topics;
    private final Map<String, List<String>> takesThePlaceOf;

    private FindingCatalogue(Map<String, FindingText> byId, Map<String, String> topics,
                             Map<String, List<String>> takesThePlaceOf) {
        this.byId = byId;
        this.topics = topics;
        this.takesThePlaceOf = takesThePlaceOf;
        byId.keySet().forEach(id -> positions.put(id, positions.size()));
    }

    static FindingCatalogue load(KnowledgeFiles files) {
        Map<String, FindingText> byId = new LinkedHashMap<>();
        Map<String, String> topics = new HashMap<>();
        Map<String, List<String>> takesThePlaceOf = new HashMap<>();
        for (String name : files.names()) {
            if (!name.endsWith(SUFFIX)) {
                continue;
            }
            String location = files.location(name);
            String fileTopic = name.substring(name.lastIndexOf('/') + 1, name.length() - SUFFIX.length());
            for (YamlNode entry : YamlEntries.list(YamlEntries.parse(files, name), "findings", "")) {
                String id = YamlEntries.text(entry, "id", "a finding");
                int line = entry.position().line();
                String where = "finding \"" + id + "\"";
                FindingText earlier = byId.get(id);
                if (earlier != null) {
                    throw YamlEntries.problem(entry, where, "already defined in " + earlier.file()
                            + "; finding ids must be unique");
                }
                String topic = YamlEntries.optionalText(entry, "topic");
                topics.put(id, topic.isEmpty() ? fileTopic : topic);
                FindingKind kind = kind(entry, where);
                String proposal = YamlEntries.optionalText(entry, "proposal");
                if (!proposal.isEmpty() && kind != FindingKind.GAP) {
                    throw YamlEntries.problem(entry, where, "has a \"proposal\", which only a gap can have");
                }
                List<String> replaced = YamlEntries.texts(entry, "takes-the-place-of", where);
                if (!replaced.isEmpty()) {
                    if (kind != FindingKind.GAP) {
                        throw YamlEntries.problem(entry, where,
                                "has \"takes-the-place-of\", which only a gap can have");
                    }
                    takesThePlaceOf.put(id, List.copyOf(replaced));
                }
                Priority priority = priority(entry, where);
                List<Rebuttal> rebuttals = rebuttals(entry, where);
                if (kind == FindingKind.GAP && priority == Priority.HIGH && rebuttals.isEmpty()) {
                    throw YamlEntries.problem(entry, where, "is a high-priority gap without \"rebuttals\"; give it 1 to "
                            + MAX_REBUTTALS + " (objection, answer, guidance): what management is likely to say, "
                            + "and the rep's answer");
                }
                byId.put(id, new FindingText(id, kind, priority,
                        YamlEntries.text(entry, "title", where), YamlEntries.text(entry, "advice", where),
                        YamlEntries.texts(entry, "points", where), location, proposal, footing(entry, where),
                        rebuttals, line));
            }
        }
        return new FindingCatalogue(byId, topics, takesThePlaceOf);
    }

    private static Footing footing(YamlNode entry, String where) {
        try {
            return Footing.fromId(YamlEntries.text(entry, "footing", where));
        } catch (IllegalArgumentException e) {
            throw YamlEntries.problem(entry, where, e.getMessage());
        }
    }

    private static List<Rebuttal> rebuttals(YamlNode entry, String where) {
        YamlNode node = entry.get("rebuttals");
        List<Rebuttal> rebuttals = new ArrayList<>();
        if (node == null || node.isEmpty()) {
            return rebuttals;
        }
        if (!node.isList() || node.items().isEmpty() || node.items().size() > MAX_REBUTTALS) {
            throw YamlEntries.problem(entry, where, "\"rebuttals\" must be a list of 1 to " + MAX_REBUTTALS
                    + " entries, each with objection, answer and guidance");
        }
        int number = 0;
        for (YamlNode item : node.items()) {
            number++;
            String at = where + ", rebuttal " + number;
            if (!item.isMap()) {
                throw YamlEntries.problem(item, at, "must be a map with objection, answer and guidance");
            }
            List<String> guidance = YamlEntries.texts(item, "guidance", at);
            if (guidance.isEmpty()) {
                throw YamlEntries.problem(item, at, "missing \"guidance\": cite the source the answer rests on");
            }
            rebuttals.add(new Rebuttal(YamlEntries.text(item, "objection", at), YamlEntries.text(item, "answer", at),
                    guidance));
        }
        return rebuttals;
    }

    private static FindingKind kind(YamlNode entry, String where) {
        try {
            return FindingKind.fromId(YamlEntries.text(entry, "kind", where));
        } catch (IllegalArgumentException e) {
            throw YamlEntries.problem(entry, where, e.getMessage());
        }
    }

    private static Priority priority(YamlNode entry, String where) {
        try {
            return Priority.fromId(YamlEntries.text(entry, "priority", where));
        } catch (IllegalArgumentException e) {
            throw YamlEntries.problem(entry, where, e.getMessage());
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

    /**
     * The gaps the gap with this id makes one point of, in their place (its {@code takes-the-place-of}); empty for
     * most findings.
     */
    public List<String> takesThePlaceOf(String id) {
        return takesThePlaceOf.getOrDefault(id, List.of());
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
