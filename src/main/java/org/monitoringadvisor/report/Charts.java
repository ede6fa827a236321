package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.monitoringadvisor.report.model.Element;
import org.monitoringadvisor.report.model.ElementStatus;
import org.monitoringadvisor.report.model.Glance;

/**
 * The geometry of the HTML report's two inline SVG charts, worked out here so the template only places shapes:
 * a bar per count (gaps by priority, questions, strengths) and a strip of one cell per element of a balanced
 * agreement, those in place first.
 *
 * @param bars        one bar per count
 * @param barsHeight  the height of the bar chart
 * @param cells       one cell per element
 * @param cellsWidth  the width of the element strip
 */
record Charts(List<Bar> bars, int barsHeight, List<Cell> cells, int cellsWidth) {

    private static final int ROW = 30;
    private static final int BAR_X = 192;
    private static final int BAR_MAX = 125;
    private static final int CELL = 40;
    private static final int CELL_GAP = 4;

    /** One bar: its label and value, where it sits and how long it is (room is left for a three-digit value). */
    record Bar(String key, String label, int value, int x, int y, int textY, int width, int valueX) {
    }

    /** One element's cell: where it sits, its status and the mark drawn in it. */
    record Cell(int x, int markX, String status, String mark, String name) {
    }

    static Charts of(Glance glance) {
        int max = Math.max(1, glance.counts().stream().mapToInt(Glance.Count::value).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (Glance.Count count : glance.counts()) {
            int y = bars.size() * ROW;
            // A zero still gets a sliver, so the row does not look like a missing bar.
            int width = count.value() == 0 ? 2 : Math.max(4, count.value() * BAR_MAX / max);
            bars.add(new Bar(count.key(), count.label(), count.value(), BAR_X, y + 4, y + 20, width, BAR_X + width + 8));
        }
        List<Cell> cells = new ArrayList<>();
        List<Element> elements = glance.elements().list().stream()
                .sorted(Comparator.comparing(Element::status)).toList();
        for (Element element : elements) {
            int x = cells.size() * (CELL + CELL_GAP);
            cells.add(new Cell(x, x + CELL / 2, element.statusId(), symbol(element.status()), element.name()));
        }
        return new Charts(bars, bars.size() * ROW, cells, Math.max(CELL, cells.size() * (CELL + CELL_GAP) - CELL_GAP));
    }

    private static String symbol(ElementStatus status) {
        return switch (status) {
            case IN_PLACE -> "\u2713";
            case MISSING -> "\u2717";
            case UNKNOWN -> "?";
            case NOT_APPLICABLE -> "\u2013";
        };
    }
}
