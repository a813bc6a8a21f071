package org.pledgegraph.convert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.pledgegraph.model.InputException;

/**
 * Legacy Word .doc files (Apache POI HWPF, an OLE2 container): paragraphs one per line, field codes dropped.
 * Password-protected Word files (.doc, and .docx, which Word stores encrypted inside an OLE2 container) are
 * refused, as are OLE2 files that are not Word documents (.xls, .ppt).
 */
final class DocConverter implements Converter {
    private final String version;

    DocConverter(String poiVersion) {
        this.version = "1 (Apache POI HWPF " + poiVersion + ")";
    }

    @Override
    public Format format() {
        return Format.DOC;
    }

    @Override
    public String name() {
        return "doc";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String toText(byte[] bytes, String fileName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new InputException(fileName, "encrypted Word document: it needs a password to open; save an "
                        + "unprotected copy");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new InputException(fileName, "an OLE document (e.g. a Word .doc file) but not a Word document: "
                        + "only Word files are read");
            }
            try (HWPFDocument doc = new HWPFDocument(root); WordExtractor ex = new WordExtractor(doc)) {
                List<String> paragraphs = new ArrayList<>();
                for (String p : ex.getParagraphText()) {
                    paragraphs.add(WordExtractor.stripFields(p).replace('\u0007', ' '));
                }
                String text = Lines.join(paragraphs);
                if (Lines.visible(text) == 0) {
                    throw new InputException(fileName, "Word document with no text");
                }
                return text;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(fileName, "looks like an OLE document (e.g. a Word .doc file) but cannot be read "
                    + "(damaged, encrypted or not Word: " + DocxConverter.oneLine(e) + ")");
        }
    }
}
