package org.monitoringadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.model.SourceKind;

/**
 * The guidance points rules cite, read from {@code sources.yaml}: a list of documents (title, publisher, date,
 * URL, kind) and a list of points, each in one document with its section and a paraphrase. A point that is one of
 * the elements of a balanced agreement carries {@code element:} with a short name.
 */
public final class SourceCatalogue {

    static final String FILE = "sources.yaml";

    private final Map<String, Source> byId;

    private SourceCatalogue(Map<String, Source> byId) {
        this.byId = byId;
    }

    private record Document(String title, String publisher, String published, String url, SourceKind kind,
                            String currentAsOf, String via) {
    }

    static SourceCatalogue load(KnowledgeFiles files) {
        String location = files.location(FILE);
        JsonNode root = YamlEntries.parse(files, FILE);
        Map<String, Document> documents = new HashMap<>();
        for (JsonNode entry : YamlEntries.list(root, "documents", location)) {
            String id = YamlEntries.text(entry, "id", location + ": a document");
            String where = location + ": document \"" + id + "\"";
            if (documents.containsKey(id)) {
                throw new KnowledgeException(where, "appears twice; document ids must be unique");
            }
            documents.put(id, new Document(YamlEntries.text(entry, "title", where),
                    YamlEntries.text(entry, "publisher", where), YamlEntries.text(entry, "published", where),
                    YamlEntries.text(entry, "url", where), kind(YamlEntries.text(entry, "kind", where), where),
                    YamlEntries.text(entry, "current-as-of", where), YamlEntries.optionalText(entry, "via")));
        }
        Map<String, Source> byId = new LinkedHashMap<>();
        for (JsonNode entry : YamlEntries.list(root, "points", location)) {
            String id = YamlEntries.text(entry, "id", location + ": a guidance point");
            String where = location + ": guidance point \"" + id + "\"";
            if (byId.containsKey(id)) {
                throw new KnowledgeException(where, "appears twice; guidance ids must be unique");
            }
            String documentId = YamlEntries.text(entry, "document", where);
            Document document = documents.get(documentId);
            if (document == null) {
                throw new KnowledgeException(where, "names document \"" + documentId
                        + "\", which is not under \"documents\"; known: " + String.join(", ", documents.keySet()));
            }
            String confidence = YamlEntries.optionalText(entry, "confidence");
            byId.put(id, new Source(id, YamlEntries.text(entry, "summary", where), document.title(),
                    document.publisher(), document.published(), YamlEntries.optionalText(entry, "section"),
                    document.url(), document.kind(), confidence.isEmpty() ? "high" : confidence,
                    document.currentAsOf(), document.via(), YamlEntries.optionalText(entry, "element")));
        }
        return new SourceCatalogue(byId);
    }

    private static SourceKind kind(String id, String where) {
        try {
            return SourceKind.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(where, e.getMessage());
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

    /** The guidance point with this id, if any. */
    public Optional<Source> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
