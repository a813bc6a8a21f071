package org.pledgegraph.convert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.pledgegraph.model.InputException;

/**
 * Word .docx files (Apache POI): the body's paragraphs, one per line, and table cells, one per line, in
 * document order; page headers and footers are not part of the body and so are left out. The ZIP container is
 * read through once first, so a damaged one is refused as such rather than as a POI error.
 */
final class DocxConverter implements Converter {
    /** Uncompressed bytes read from one .docx at most: a guard against ZIP bombs. */
    private static final long MAX_INFLATED = 512L * 1024 * 1024;

    private static final String DAMAGED = "looks like a zip archive (e.g. a Word .docx file) but its ZIP container is damaged";

    private final String version;

    DocxConverter(String poiVersion) {
        this.version = "1 (Apache POI " + poiVersion + ")";
    }

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String toText(byte[] bytes, String fileName) {
        Set<String> entries = entries(bytes, fileName);
        if (!entries.contains("word/document.xml")) {
            throw new InputException(fileName, entries.contains("[Content_Types].xml")
                    ? "an Office file but not a Word document (no word/document.xml): only .docx is read"
                    : "a ZIP archive, not a Word .docx file; unpack it and ingest the reports inside");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                add(e, paragraphs);
            }
            String text = Lines.join(paragraphs);
            if (Lines.visible(text) == 0) {
                throw new InputException(fileName, "Word document with no text");
            }
            return text;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(fileName, "damaged Word .docx file (" + oneLine(e) + ")");
        }
    }

    private static void add(IBodyElement e, List<String> out) {
        if (e instanceof XWPFParagraph p) {
            out.add(p.getText());
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        add(inner, out);
                    }
                }
            }
        } else if (e instanceof XWPFSDT sdt) {
            out.add(sdt.getContent().getText());
        }
    }

    /** Names of the ZIP's entries; refuses a damaged or truncated container. */
    private static Set<String> entries(byte[] bytes, String fileName) {
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipInputStream zip = (ZipInputStream) in;
            for (ZipEntry z = zip.getNextEntry(); z != null; z = zip.getNextEntry()) {
                names.add(z.getName());
                for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        throw new InputException(fileName, "ZIP container inflates past " + MAX_INFLATED / (1024 * 1024)
                                + " MB; not a report");
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(fileName, DAMAGED + " (" + oneLine(e) + "); the file is truncated or corrupted");
        }
        if (names.isEmpty()) {
            throw new InputException(fileName, DAMAGED + " (no entries); the file is truncated or corrupted");
        }
        return names;
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("[\\r\\n]+", " ");
    }
}
