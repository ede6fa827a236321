package org.monitoringadvisor.report.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PDF layout knows CSS 2.1 and does not read custom properties, so the colours the stylesheets define once
 * ({@code --accent: #1f3a5f} in {@code :root}, used as {@code var(--accent)}) are written in where they are used.
 */
final class CssVariables {

    private static final Pattern DEFINITION = Pattern.compile("(--[\\w-]+)\\s*:\\s*([^;}]+)");
    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern USE = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*\\)");

    private CssVariables() {
    }

    /** The custom properties the {@code :root} blocks of these stylesheets define, by name. */
    static Map<String, String> definitions(Iterable<String> sheets) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String css : sheets) {
            Matcher root = ROOT.matcher(css);
            while (root.find()) {
                Matcher definition = DEFINITION.matcher(root.group(1));
                while (definition.find()) {
                    values.put(definition.group(1), definition.group(2).strip());
                }
            }
        }
        return values;
    }

    /** The stylesheet with every {@code var(--name)} that {@code values} defines replaced by its value. */
    static String resolve(String css, Map<String, String> values) {
        Matcher use = USE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (use.find()) {
            String value = values.get(use.group(1));
            use.appendReplacement(out, Matcher.quoteReplacement(value == null ? use.group() : value));
        }
        use.appendTail(out);
        return out.toString();
    }
}
