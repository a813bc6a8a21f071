package org.pledgegraph.text;

import java.nio.charset.StandardCharsets;
import org.pledgegraph.model.InputException;

/** PLACEHOLDER (replaced by the extractor branch): decodes UTF-8 only. */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String fileName) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.isBlank()) {
            throw new InputException(fileName, "empty file");
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
