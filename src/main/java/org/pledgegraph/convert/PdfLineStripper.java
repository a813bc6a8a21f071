package org.pledgegraph.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, kept from writing text and made to collect each page's lines with their position:
 * joining wrapped lines needs to know which lines reach the right margin and which are indented.
 * One instance per document (the stripper holds state).
 */
final class PdfLineStripper extends PDFTextStripper {
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Float> widths = new ArrayList<>();
    private float x0 = Float.MAX_VALUE;
    private float x1 = -Float.MAX_VALUE;
    private float y;

    PdfLineStripper() throws IOException {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    static List<List<PdfLine>> lines(PDDocument doc) throws IOException {
        PdfLineStripper s = new PdfLineStripper();
        s.getText(doc);
        return s.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pages.add(new ArrayList<>());
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flush();
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
        text.append(s);
        for (TextPosition p : positions) {
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y = p.getYDirAdj();
            if (p.getWidthDirAdj() > 0) {
                widths.add(p.getWidthDirAdj());
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writeParagraphStart() {
    }

    @Override
    protected void writeParagraphEnd() {
    }

    @Override
    protected void writePageStart() {
    }

    @Override
    protected void writePageEnd() {
    }

    private void flush() {
        if (!text.toString().isBlank() && !pages.isEmpty()) {
            float[] w = new float[widths.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = widths.get(i);
            }
            Arrays.sort(w);
            float em = w.length == 0 ? 10 : w[w.length / 2];
            pages.get(pages.size() - 1).add(new PdfLine(text.toString(), x0, x1, y, em));
        }
        text.setLength(0);
        widths.clear();
        x0 = Float.MAX_VALUE;
        x1 = -Float.MAX_VALUE;
    }
}
