package org.pledgegraph.convert;

/**
 * Turns the bytes of one format into the text the extractor reads: one paragraph or heading per line.
 * Implementations are stateless and thread-safe; bad input is refused with an
 * {@link org.pledgegraph.model.InputException} naming the file.
 */
public interface Converter {
    Format format();

    /** Recorded with the text, e.g. {@code pdf}. */
    String name();

    /** The converter's rules version and the library it uses, e.g. {@code 1 (Apache PDFBox 3.0.8)}. */
    String version();

    /** The text of {@code bytes}; {@code fileName} names the file in refusals. */
    String toText(byte[] bytes, String fileName);
}
