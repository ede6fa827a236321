package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 AA contrast, computed from the stylesheet the pages link to (the report's styles and the forms' own):
 * every text colour against the backgrounds text sits on, at least 4.5:1 (1.4.3); the focus ring, the radio
 * buttons and the text field's border against the page, at least 3:1 (1.4.11). Print styles are left out: they are
 * not on a screen.
 */
class ContrastTest {

    private static final Pattern BLOCK = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{3,6})");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b");

    private final String css = screenStyles(WebTemplates.stylesheet());
    private final Map<String, String> variables = variables(css);

    @Test
    void everyTextColourHasAtLeastFourAndAHalfToOneAgainstItsBackground() {
        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> rule : rules(css).entrySet()) {
            String colour = colour(rule.getValue().get("color"));
            if (colour == null) {
                continue;
            }
            String own = colour(rule.getValue().getOrDefault("background-color", rule.getValue().get("background")));
            // Without a background of its own, text may sit on the page or on a tinted note or code block.
            List<String> backgrounds = own != null ? List.of(own) : List.of(variables.get("paper"), variables.get("tint"));
            for (String background : backgrounds) {
                double ratio = ratio(colour, background);
                checked.add(rule.getKey());
                if (ratio < 4.5) {
                    failures.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1", rule.getKey().strip(), colour,
                            background, ratio));
                }
            }
        }
        assertThat(checked).as("rules with a text colour").hasSizeGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    @Test
    void theFocusRingTheRadioButtonsAndTheTextFieldStandOutFromThePageByThreeToOne() {
        Map<String, Map<String, String>> rules = rules(css);
        List<String> parts = new ArrayList<>();
        rules.forEach((selector, declarations) -> {
            if (selector.contains(":focus-visible") && declarations.containsKey("outline")) {
                parts.add(colour(declarations.get("outline")));
            }
            if (declarations.containsKey("accent-color")) {
                parts.add(colour(declarations.get("accent-color")));
            }
            if (selector.contains("input[type=\"text\"]") && declarations.containsKey("border")) {
                parts.add(colour(declarations.get("border")));
            }
        });
        assertThat(parts).as("focus ring, radio buttons, text field").hasSizeGreaterThanOrEqualTo(3)
                .doesNotContainNull();
        for (String part : parts) {
            for (String background : List.of(variables.get("paper"), variables.get("tint"))) {
                assertThat(ratio(part, background)).as("%s on %s", part, background).isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    @Test
    void theRatioIsWcagsForKnownPairs() {
        assertThat(ratio("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio("#ffffff", "#ffffff")).isEqualTo(1.0, org.assertj.core.data.Offset.offset(0.001));
    }

    /** The contrast ratio of two sRGB colours, (L1 + 0.05) / (L2 + 0.05), as WCAG 2.2 defines it. */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                    + digits.charAt(2);
        }
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
            channel[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }

    /** The first colour in a declaration's value, with var(--name) resolved; null when it names none. */
    private String colour(String value) {
        if (value == null) {
            return null;
        }
        Matcher variable = Pattern.compile("var\\(--([a-z-]+)\\)").matcher(value);
        if (variable.find()) {
            return variables.get(variable.group(1));
        }
        Matcher hex = HEX.matcher(value);
        return hex.find() ? hex.group().toLowerCase(Locale.ROOT) : null;
    }

    private static Map<String, String> variables(String css) {
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            variables.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
        }
        assertThat(variables).containsKeys("paper", "tint", "ink", "muted", "accent");
        return variables;
    }

    /** Selector to its declarations; rules inside a screen media query count, as on a phone. */
    private static Map<String, Map<String, String>> rules(String css) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(css.replaceAll("@media[^{]*\\{", ""));
        while (block.find()) {
            Map<String, String> declarations = rules.computeIfAbsent(block.group(1).strip(), s -> new LinkedHashMap<>());
            for (String declaration : block.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                }
            }
        }
        return rules;
    }

    /** The stylesheet without comments, @page and print media blocks. */
    private static String screenStyles(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("@page[^{]*\\{[^}]*\\}", "");
        StringBuilder screen = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int print = text.indexOf("@media print", i);
            if (print < 0) {
                screen.append(text, i, text.length());
                break;
            }
            screen.append(text, i, print);
            int depth = 0;
            int j = text.indexOf('{', print);
            for (; j < text.length(); j++) {
                if (text.charAt(j) == '{') {
                    depth++;
                } else if (text.charAt(j) == '}' && --depth == 0) {
                    break;
                }
            }
            i = j + 1;
        }
        return screen.toString();
    }
}
