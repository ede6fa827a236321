package org.monitoringadvisor.report.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles a Word document of ours uses, named as Word names its own (Title, Heading 1..4, List Paragraph) so that
 * the navigation pane, the table of contents and "apply style" work on it; plus the bullet and numbered lists.
 */
final class WordStyles {

    /** What the document's properties say made it; fixed, so that the bytes depend on the document alone. */
    static final String PRODUCER = "Monitoring Advisor";

    private static final String FONT = "Arial";
    private static final String ACCENT = "1F3A5F";

    private final XWPFStyles styles;
    private final XWPFNumbering numbering;
    private final BigInteger bullets;
    private final BigInteger numbers;

    WordStyles(XWPFDocument document) {
        styles = document.createStyles();
        paragraphStyle("Normal", "Normal", null, 22, false, null, 0, 120);
        paragraphStyle("Title", "Title", "Normal", 40, true, ACCENT, 0, 120);
        for (int level = 1; level <= 4; level++) {
            CTStyle heading = paragraphStyle("Heading" + level, "heading " + level, "Normal",
                    new int[] {32, 28, 24, 22}[level - 1], true, level == 4 ? null : ACCENT,
                    new int[] {360, 280, 200, 160}[level - 1], 80);
            heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            heading.getPPr().addNewKeepNext();
            heading.getPPr().addNewKeepLines();
        }
        paragraphStyle("ListParagraph", "List Paragraph", "Normal", 22, false, null, 0, 60);
        paragraphStyle("AddressLine", "Address Line", "Normal", 22, false, null, 0, 0);
        paragraphStyle("TableText", "Table Text", "Normal", 20, false, null, 0, 0);
        CTStyle note = paragraphStyle("Note", "Note", "Normal", 22, false, null, 120, 120);
        var shading = note.getPPr().addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setFill("FFF8E1");
        numbering = document.createNumbering();
        bullets = numbering.addNum(abstractList(0, STNumberFormat.BULLET, "\u2022", "\u2013"));
        numbers = abstractList(1, STNumberFormat.DECIMAL, "%1.", "%2.");
    }

    /** The one bullet list every bulleted item belongs to. */
    BigInteger bullets() {
        return bullets;
    }

    /** A numbered list that starts again at 1. */
    BigInteger newNumberedList() {
        BigInteger id = numbering.addNum(numbers);
        CTNumLvl restart = numbering.getNum(id).getCTNum().addNewLvlOverride();
        restart.setIlvl(BigInteger.ZERO);
        restart.addNewStartOverride().setVal(BigInteger.ONE);
        return id;
    }

    /** Thin rules between rows, a heavier one under the header, and the table as wide as the text. */
    void tableLook(XWPFTable table) {
        table.setWidth("100%");
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "1B1B1B");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9C9C9");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9C9C9");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setCellMargins(40, 80, 40, 80);
    }

    private CTStyle paragraphStyle(String id, String name, String basedOn, int halfPoints, boolean bold,
            String colour, int before, int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        CTRPr run = style.addNewRPr();
        var fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (colour != null) {
            run.addNewColor().setVal(colour);
        }
        styles.addStyle(new XWPFStyle(style, styles));
        return style;
    }

    private BigInteger abstractList(int id, STNumberFormat.Enum format, String first, String second) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        String[] texts = {first, second};
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(texts[level]);
            var indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(360 * (level + 1)));
            indent.setHanging(BigInteger.valueOf(360));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
    }
}
