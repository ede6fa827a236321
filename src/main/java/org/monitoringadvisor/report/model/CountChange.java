package org.monitoringadvisor.report.model;

/**
 * One count of the summary before and after.
 *
 * @param key    a stable id, as in {@link Glance.Count}, or {@code elements}
 * @param label  what is counted
 * @param before the count in the earlier assessment
 * @param after  the count in the later one
 */
public record CountChange(String key, String label, int before, int after) {

    /** The change in words: "+2", "-1" or "no change". */
    public String change() {
        int delta = after - before;
        return delta == 0 ? "no change" : delta > 0 ? "+" + delta : String.valueOf(delta);
    }
}
