/**
 * Published reports to the text the extractor reads: web pages (main text found, page chrome dropped),
 * PDF files (page numbers and running heads dropped, wrapped lines joined), Word .docx/.doc and plain text.
 * The format is detected from the content, not the file name; one {@link org.pledgegraph.convert.Converter}
 * per format. Sits between {@code text} (whose decoder reads .txt files) and {@code extract}; imports
 * {@code model}, {@code text}, the JDK and the format libraries (PDFBox, POI, jsoup) only.
 */
package org.pledgegraph.convert;
