package org.monitoringadvisor.knowledge;

import org.monitoringadvisor.model.SourceKind;

/**
 * One document of {@code sources.yaml}: the law, regulator guidance or union guidance that guidance points are
 * taken from, with the date it was last checked against its public text.
 *
 * @param id          the document's id in {@code sources.yaml}
 * @param title       its title
 * @param publisher   who published it (for law: the legislature or court)
 * @param published   when it was published or made
 * @param url         where to read it
 * @param kind        law, regulator guidance, union guidance or other
 * @param currentAsOf when the citation was last checked ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD})
 * @param via         where it was read, when not in the document itself (may be empty)
 */
public record SourceDocument(String id, String title, String publisher, String published, String url,
                             SourceKind kind, String currentAsOf, String via) {
}
