package org.monitoringadvisor.engine.check;

/** Blanks out parts of Java (consequence) text while keeping every other character at its offset. */
final class JavaText {

    private JavaText() {
    }

    /** The text with comments replaced by spaces (line breaks kept). */
    static String withoutComments(String code) {
        return blank(code, false);
    }

    /** The text with comments and the insides of string and character literals replaced by spaces. */
    static String withoutCommentsAndStrings(String code) {
        return blank(code, true);
    }

    private static String blank(String code, boolean strings) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                int end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
                fill(out, i, end);
                i = end;
            } else if (c == '/' && next == '*') {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                fill(out, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, code.length());
                if (strings) {
                    fill(out, i + 1, end);
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void fill(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
