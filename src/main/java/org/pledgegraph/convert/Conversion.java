package org.pledgegraph.convert;

/**
 * A converted file: the text the extractor reads (offsets and quote selectors point into it) and the file it
 * came from. {@code contentSha256} ({@link Fingerprint#content}) is equal for the same report converted from
 * different formats, so a report ingested twice is recognised.
 */
public record Conversion(String text, SourceFile file, String textSha256, String contentSha256) {
    public static Conversion of(String text, SourceFile file) {
        return new Conversion(text, file, Fingerprint.sha256(text), Fingerprint.content(text));
    }

    /** True for plain-text input: the text is the decoded file, so offsets count characters of the file itself. */
    public boolean plain() {
        return Format.TEXT.mediaType().equals(file.mediaType());
    }
}
