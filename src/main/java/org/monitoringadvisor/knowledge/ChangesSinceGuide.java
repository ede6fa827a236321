package org.monitoringadvisor.knowledge;

import java.util.List;

/**
 * Where the guide the seed guidance comes from rests on law or regulator guidance that has since been replaced,
 * read from {@code changes-since-guide} in {@code rulebase.yaml}. Reports show it so a rep does not quote a
 * repealed Act.
 *
 * @param guide   the guide, in words for a report (for example the LRD guide of November 2015)
 * @param changes what has changed, in file order
 */
public record ChangesSinceGuide(String guide, List<Change> changes) {

    /** No notes: for rule bases that have none. */
    public static final ChangesSinceGuide NONE = new ChangesSinceGuide("", List.of());

    public ChangesSinceGuide {
        changes = List.copyOf(changes);
    }

    /**
     * One change.
     *
     * @param id            a stable id
     * @param title         a few words naming the area (for example "Data protection law")
     * @param guideReliedOn what the guide relied on
     * @param now           what applies now
     * @param since         when the change took effect (a date, or words when it came in stages)
     * @param guidance      guidance ids in {@code sources.yaml} that state the current position
     */
    public record Change(String id, String title, String guideReliedOn, String now, String since,
                         List<String> guidance) {

        public Change {
            guidance = List.copyOf(guidance);
        }
    }
}
