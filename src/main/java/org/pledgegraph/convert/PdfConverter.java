package org.pledgegraph.convert;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.pledgegraph.model.InputException;

/**
 * PDF files with a text layer (Apache PDFBox), laid out into paragraphs by {@link PdfText}. Refuses an encrypted
 * file that needs a password, a damaged file, and a scan without a text layer (OCR is out of scope).
 */
final class PdfConverter implements Converter {
    /** Fewer visible characters per page than this, on average: a scan, not a text PDF. */
    static final int MIN_CHARS_PER_PAGE = 20;

    private final String version;

    PdfConverter(String pdfboxVersion) {
        this.version = "1 (Apache PDFBox " + pdfboxVersion + ")";
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String toText(byte[] bytes, String fileName) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new InputException(fileName, "PDF file with no pages");
            }
            String text = PdfText.paragraphs(PdfLineStripper.lines(doc));
            int visible = Lines.visible(text);
            if (visible < MIN_CHARS_PER_PAGE * pages) {
                throw new InputException(fileName, "no text layer: run OCR first (" + pages + " page(s), "
                        + visible + " characters of text; a scanned PDF holds images only)");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new InputException(fileName, "encrypted PDF: it needs a password to open; save an unprotected copy");
        } catch (IOException e) {
            throw new InputException(fileName, "looks like a PDF file but cannot be read (damaged or truncated: "
                    + e.getMessage() + ")");
        }
    }
}
