package org.pledgegraph.convert;

/**
 * One file a document was read from, as recorded in the store.
 *
 * @param fileName         the file name, e.g. {@code 2024-report.pdf}
 * @param mediaType        its detected format, e.g. {@code application/pdf}
 * @param sha256           SHA-256 of the file's bytes, lower-case hex
 * @param bytes            its size
 * @param converter        the converter that read it ({@link Converter#name()})
 * @param converterVersion that converter's version ({@link Converter#version()})
 */
public record SourceFile(String fileName, String mediaType, String sha256, long bytes, String converter,
                         String converterVersion) {
}
