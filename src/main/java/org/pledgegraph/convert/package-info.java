/**
 * Published reports to the text the extractor reads: web pages (main text found, page chrome dropped),
 * PDF files (page numbers and running heads dropped, wrapped lines joined), Word .docx/.doc and plain text.
 * The format is detected from the content, not the file name; one {@link org.pledgegraph.convert.Converter}
 * per format. Sits between {@code text} (whose decoder reads .txt files) and {@code extract}.
 *
 * <p>May import: model, text. Libraries: PDFBox, POI, jsoup.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.convert;
