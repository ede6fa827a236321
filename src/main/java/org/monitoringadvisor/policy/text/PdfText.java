package org.monitoringadvisor.policy.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text with Apache PDFBox, one passage per paragraph, each placed by its page. A PDF that needs a password,
 * forbids copying text, or has no text layer (a scan) is refused: its text cannot be quoted.
 */
final class PdfText {

    /** Fewer letters than this on average per page means the pages are pictures, as in a scan. */
    private static final int LETTERS_PER_PAGE_OF_TEXT = 40;

    private PdfText() {
    }

    static DocumentText read(Path file, byte[] bytes) {
        String name = file.toString();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new DocumentException(name, "is an encrypted PDF that does not allow its text to be copied; "
                        + "ask for a copy without protection, or save it as text");
            }
            int pages = document.getNumberOfPages();
            if (pages > Limits.MAX_PAGES) {
                throw new DocumentException(name, "has " + pages + " pages; the limit is " + Limits.MAX_PAGES);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<Passage> passages = new ArrayList<>();
            long letters = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                letters += text.chars().filter(Character::isLetter).count();
                for (String paragraph : text.split("\\n\\s*\\n")) {
                    String kept = paragraph.strip();
                    if (!kept.isEmpty()) {
                        passages.add(new Passage(kept, "page " + page));
                    }
                }
            }
            if (letters < (long) LETTERS_PER_PAGE_OF_TEXT * Math.max(pages, 1)) {
                throw new DocumentException(name, "has no text to read (it looks like a scan or pictures of pages); "
                        + "ask for the original document, or run it through text recognition first");
            }
            return new DocumentText("PDF", passages);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(name, "is a password-protected PDF; ask for a copy without a password");
        } catch (IOException e) {
            throw new DocumentException(name, "is not a readable PDF: " + e.getMessage());
        }
    }
}
