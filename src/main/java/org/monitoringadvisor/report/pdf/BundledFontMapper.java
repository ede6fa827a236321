package org.monitoringadvisor.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's "which font on this machine looks like X?" with the bundled DejaVu Sans, for the few standard
 * fonts the layout library sets up but the documents never use. PDFBox's own answer scans every font installed on
 * the machine (seconds, the first time) and leaves a cache file in the home folder; this needs neither. The
 * mapping is not reported as a fallback, since nothing is drawn in those fonts.
 */
final class BundledFontMapper implements FontMapper {

    private TrueTypeFont font;

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font(), false);
    }

    private synchronized TrueTypeFont font() {
        if (font == null) {
            try (InputStream in = BundledFontMapper.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("The font DejaVuSans.ttf is missing from the jar");
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled font could not be read", e);
            }
        }
        return font;
    }
}
