package org.pledgegraph.convert;

/**
 * One visual line of a PDF page: its text and where it sits (PDF units, y growing down the page).
 *
 * @param em the median character width of the line, about the font size for CJK text
 */
record PdfLine(String text, float x0, float x1, float y, float em) {
}
