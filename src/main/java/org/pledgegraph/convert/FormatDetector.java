package org.pledgegraph.convert;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pledgegraph.text.TextDecoder;

/**
 * Detects a file's format from its first bytes (magic numbers, markup), not from its name: a PDF saved as
 * {@code .txt} is still a PDF. The name only decides for a {@code .htm/.html} file whose markup starts late.
 */
public final class FormatDetector {
    /** How far into the file the PDF header and HTML markup are looked for (the PDF spec allows 1024 bytes). */
    private static final int HEAD = 1024;
    private static final Pattern HTML_START = Pattern.compile(
            "(?s)^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|p|table)[\\s>/].*");

    private FormatDetector() {
    }

    public static Format detect(byte[] b, String fileName) {
        if (TextDecoder.startsWith(b, 'P', 'K', 3, 4) || TextDecoder.startsWith(b, 'P', 'K', 5, 6)) {
            return Format.DOCX;
        }
        if (TextDecoder.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Format.DOC;
        }
        String head = new String(b, 0, Math.min(b.length, HEAD), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return Format.PDF;
        }
        String markup = asciiHead(b).strip().toLowerCase(Locale.ROOT);
        String name = fileName.toLowerCase(Locale.ROOT);
        if (HTML_START.matcher(markup).matches()
                || (name.endsWith(".htm") || name.endsWith(".html")) && markup.startsWith("<")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** The head of the file as ASCII, skipping a UTF-8 BOM; UTF-16 markup is read with its zero bytes dropped. */
    private static String asciiHead(byte[] b) {
        int from = TextDecoder.startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : TextDecoder.startsWith(b, 0xFF, 0xFE) || TextDecoder.startsWith(b, 0xFE, 0xFF) ? 2 : 0;
        StringBuilder s = new StringBuilder();
        for (int i = from; i < b.length && s.length() < HEAD; i++) {
            if (b[i] != 0) {
                s.append((char) (b[i] & 0xFF));
            }
        }
        return s.toString();
    }
}
