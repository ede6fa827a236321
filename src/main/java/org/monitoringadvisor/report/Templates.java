package org.monitoringadvisor.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Renders the Mustache templates under {@code templates/} on the class path: {@code NAME.EXT.mustache}, with
 * EXT {@code txt}, {@code md}, {@code html} or {@code docx} (Word's block lines). Values are escaped for the markup; plain text is wrapped to 80
 * columns afterwards, so templates can write each paragraph on one line. Compiled templates are cached.
 */
public final class Templates {

    private static final Map<Markup, MustacheFactory> FACTORIES = new EnumMap<>(Markup.class);

    static {
        for (Markup markup : Markup.values()) {
            FACTORIES.put(markup, new DefaultMustacheFactory("templates") {
                @Override
                public void encode(String value, Writer writer) {
                    markup.encode(value, writer);
                }
            });
        }
    }

    private Templates() {
    }

    /**
     * Renders template {@code name} for {@code markup} over the scopes (searched last to first, as Mustache does).
     */
    static String render(Markup markup, String name, Object... scopes) {
        String text = renderAsLaidOut(markup, name, scopes);
        return markup == Markup.TEXT ? Wrap.block(text) : text;
    }

    /**
     * Compiles template {@code name} for {@code markup} (and the partials it includes) into the cache, so that a later
     * {@link #render} of it only runs it: for a program with time to spare before it has something to render.
     */
    public static void prepare(Markup markup, String name) {
        FACTORIES.get(markup).compile(name + "." + markup.extension() + ".mustache");
    }

    /**
     * Renders as {@link #render} does, but leaves plain text unwrapped: for templates that lay out their own lines,
     * such as tables whose rows must stay one line each (the survey summary).
     */
    public static String renderAsLaidOut(Markup markup, String name, Object... scopes) {
        Mustache template = FACTORIES.get(markup).compile(name + "." + markup.extension() + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, scopes);
        return out.toString();
    }
}
