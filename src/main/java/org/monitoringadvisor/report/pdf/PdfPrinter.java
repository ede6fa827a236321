package org.monitoringadvisor.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints the product's own HTML (report, letter, comparison) to PDF, laid out with its print stylesheet by
 * openhtmltopdf onto PDFBox. The DejaVu fonts shipped in the jar are embedded (subset), so the text is selectable
 * and looks the same everywhere. Nothing is fetched: the HTML is self-contained and any outside address is refused.
 * The same HTML gives the same bytes: no dates, a fixed document id and fixed producer metadata.
 */
public final class PdfPrinter {

    /** What the PDF says made it; fixed, so that the bytes depend on the document alone. */
    static final String PRODUCER = "Monitoring Advisor";

    private static final String SANS = "DejaVu Sans";
    private static final String SERIF = "DejaVu Serif";

    /** Monospace text (a guidance id) would otherwise be set in Courier, which is not embedded. */
    private static final String BUNDLED_FAMILIES_ONLY = "code, kbd, samp, pre, tt { font-family: \"DejaVu Sans\"; }";

    private static boolean prepared;

    private PdfPrinter() {
    }

    /**
     * Prints a self-contained HTML page to PDF.
     *
     * @param html the page, as the HTML formats render it
     * @return the PDF's bytes
     */
    public static byte[] print(String html) {
        Objects.requireNonNull(html, "html");
        prepareLibraries();
        Document page = Jsoup.parse(html);
        Charts.replaceWithText(page);
        List<Element> styles = page.select("style");
        Map<String, String> colours = CssVariables.definitions(styles.stream().map(Element::data).toList());
        for (Element style : styles) {
            style.text(CssVariables.resolve(style.data(), colours));
        }
        page.head().appendElement("style").text(BUNDLED_FAMILIES_ONLY);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(dom, "about:blank")
                .useExternalResourceAccessControl((uri, type) -> false,
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority
                                .RUN_AFTER_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority
                                .RUN_BEFORE_RESOLVING_URI)
                .withProducer(PRODUCER);
        font(builder, SANS, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, SANS, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, SANS, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, SERIF, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
        font(builder, SERIF, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            fixMetadata(pdf, page.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
    }

    /**
     * Registers one bundled font under its family name, which the stylesheets name after the fonts a screen may
     * have (system-ui, Arial, ...), so that every piece of text is in an embedded font.
     */
    private static void font(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(() -> fontStream(file), family, weight, style, true);
    }

    private static InputStream fontStream(String file) {
        InputStream in = PdfPrinter.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the jar");
        }
        return in;
    }

    /** No creation or modification date, a title from the page, and an id that depends on nothing but that. */
    private static void fixMetadata(PDDocument pdf, String title) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        pdf.setDocumentInformation(info);
        pdf.setDocumentId((long) title.hashCode());
    }

    /**
     * Once per run: openhtmltopdf logs every page laid out through java.util.logging, and PDFBox would scan the
     * machine's fonts for the standard ones the layout sets up but never uses.
     */
    private static synchronized void prepareLibraries() {
        if (!prepared) {
            XRLog.setLoggingEnabled(false);
            FontMappers.set(new BundledFontMapper());
            prepared = true;
        }
    }

    /** The HTML's inline SVG charts, which the PDF layout does not draw, become the sentence that describes them. */
    static final class Charts {

        private Charts() {
        }

        static void replaceWithText(Document page) {
            for (Element svg : page.select("svg")) {
                Element title = svg.selectFirst("title");
                String words = title == null ? "" : title.text();
                svg.replaceWith(new Element("p").addClass("chart-text").text(words));
            }
        }
    }
}
