package org.monitoringadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.model.SourceKind;

/**
 * The guidance points rules cite, read from {@code sources.yaml}: a list of documents (title, publisher, date,
 * URL, kind) and a list of points, each in one document with its section and a paraphrase. A point that is one of
 * the elements of a balanced agreement carries {@code element:} with a short name, and may name the findings that
 * show it in place although none cites it ({@code in-place-with}) or that make it not apply
 * ({@code not-applicable-with}).
 */
public final class SourceCatalogue {

    static final String FILE = "sources.yaml";

    /** The confidence grades a point may carry, strongest first. */
    public static final List<String> CONFIDENCE = List.of("high", "medium", "low");

    private final Map<String, Source> byId;
    private final Map<String, List<String>> inPlaceWith;
    private final Map<String, List<String>> notApplicableWith;
    private final Map<String, SourceDocument> documents;
    private final String file;

    private SourceCatalogue(Map<String, Source> byId, Map<String, SourceDocument> documents, String file,
                            Map<String, List<String>> inPlaceWith, Map<String, List<String>> notApplicableWith) {
        this.byId = byId;
        this.inPlaceWith = inPlaceWith;
        this.notApplicableWith = notApplicableWith;
        this.documents = documents;
        this.file = file;
    }

    static SourceCatalogue load(KnowledgeFiles files) {
        String location = files.location(FILE);
        YamlNode root = YamlEntries.parse(files, FILE);
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        for (YamlNode entry : YamlEntries.list(root, "documents", "")) {
            String id = YamlEntries.text(entry, "id", "a document");
            String where = "document \"" + id + "\"";
            if (documents.containsKey(id)) {
                throw YamlEntries.problem(entry, where, "appears twice; document ids must be unique");
            }
            String currentAsOf = YamlEntries.text(entry, "current-as-of", where);
            if (Staleness.checkedOn(currentAsOf).isEmpty()) {
                throw YamlEntries.problem(entry, where, "current-as-of \"" + currentAsOf
                        + "\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY");
            }
            documents.put(id, new SourceDocument(id, YamlEntries.text(entry, "title", where),
                    YamlEntries.text(entry, "publisher", where), YamlEntries.text(entry, "published", where),
                    YamlEntries.text(entry, "url", where), kind(entry, YamlEntries.text(entry, "kind", where), where),
                    currentAsOf, YamlEntries.optionalText(entry, "via")));
        }
        Map<String, Source> byId = new LinkedHashMap<>();
        Map<String, List<String>> inPlaceWith = new LinkedHashMap<>();
        Map<String, List<String>> notApplicableWith = new LinkedHashMap<>();
        for (YamlNode entry : YamlEntries.list(root, "points", "")) {
            String id = YamlEntries.text(entry, "id", "a guidance point");
            String where = "guidance point \"" + id + "\"";
            if (byId.containsKey(id)) {
                throw YamlEntries.problem(entry, where, "appears twice; guidance ids must be unique");
            }
            String documentId = YamlEntries.text(entry, "document", where);
            SourceDocument document = documents.get(documentId);
            if (document == null) {
                throw YamlEntries.problem(entry, where, "names document \"" + documentId
                        + "\", which is not under \"documents\"; known: " + String.join(", ", documents.keySet()));
            }
            String confidence = YamlEntries.optionalText(entry, "confidence");
            if (!confidence.isEmpty() && !CONFIDENCE.contains(confidence)) {
                throw YamlEntries.problem(entry, where, "confidence \"" + confidence + "\" is not one of "
                        + String.join(", ", CONFIDENCE));
            }
            byId.put(id, new Source(id, YamlEntries.text(entry, "summary", where), document.title(),
                    document.publisher(), document.published(), YamlEntries.optionalText(entry, "section"),
                    document.url(), document.kind(), confidence.isEmpty() ? "high" : confidence,
                    document.currentAsOf(), document.via(), YamlEntries.optionalText(entry, "element")));
            elementFindings(entry, id, where, "in-place-with", inPlaceWith);
            elementFindings(entry, id, where, "not-applicable-with", notApplicableWith);
        }
        return new SourceCatalogue(byId, documents, location, inPlaceWith, notApplicableWith);
    }

    /** Reads a list of finding ids that only an element may carry, such as {@code not-applicable-with}. */
    private static void elementFindings(YamlNode entry, String id, String where, String key,
                                        Map<String, List<String>> into) {
        List<String> findings = YamlEntries.texts(entry, key, where);
        if (!findings.isEmpty()) {
            if (YamlEntries.optionalText(entry, "element").isEmpty()) {
                throw YamlEntries.problem(entry, where, "has \"" + key + "\", which only an element can have");
            }
            into.put(id, List.copyOf(findings));
        }
    }

    private static SourceKind kind(YamlNode entry, String id, String where) {
        try {
            return SourceKind.fromId(id);
        } catch (IllegalArgumentException e) {
            throw YamlEntries.problem(entry, where, e.getMessage());
        }
    }

    /** All guidance points, in catalogue order. */
    public List<Source> all() {
        return List.copyOf(byId.values());
    }

    /** The points that are elements of a balanced agreement, in catalogue order. */
    public List<Source> elements() {
        return byId.values().stream().filter(Source::isElement).toList();
    }

    /**
     * The findings that show element {@code id} in place though none of them cites it (for example a restriction on
     * social networks, which is no outright ban), from its {@code in-place-with}; empty for most points.
     */
    public List<String> inPlaceWith(String id) {
        return inPlaceWith.getOrDefault(id, List.of());
    }

    /**
     * The findings that make element {@code id} not apply to a workplace (for example no routine monitoring to
     * disclose), from its {@code not-applicable-with}; empty for most points.
     */
    public List<String> notApplicableWith(String id) {
        return notApplicableWith.getOrDefault(id, List.of());
    }

    /** Where the catalogue was read from, in words fit for a message. */
    public String file() {
        return file;
    }

    /** All documents, in file order. */
    public List<SourceDocument> documents() {
        return List.copyOf(documents.values());
    }

    /** The guidance point with this id, if any. */
    public Optional<Source> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
