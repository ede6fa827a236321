package org.monitoringadvisor.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.List;

/**
 * Renders the pages' Mustache templates, {@code templates/web/NAME.html.mustache} on the class path, escaping every
 * value for HTML (Mustache's default). Compiled templates are cached by the factory.
 */
final class WebTemplates {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("templates");

    private WebTemplates() {
    }

    /** Renders page {@code name} over the scopes (searched last to first, as Mustache does). */
    static String render(String name, Object... scopes) {
        Mustache template = FACTORY.compile("web/" + name + ".html.mustache");
        StringWriter out = new StringWriter();
        template.execute(out, scopes);
        return out.toString();
    }

    /** Compiles every page's template now, so the first request of each does not wait for it. */
    static void compileAll() {
        for (String name : List.of("welcome", "question", "suggestion", "why", "review", "findings", "finished",
                "problem")) {
            FACTORY.compile("web/" + name + ".html.mustache");
        }
    }

    /** The stylesheet every page links to: the report's own styles, then the few the forms need. */
    static String stylesheet() {
        StringWriter out = new StringWriter();
        FACTORY.compile("partials/style.mustache").execute(out, new Object[0]);
        FACTORY.compile("web/forms.css.mustache").execute(out, new Object[0]);
        return out.toString();
    }
}
