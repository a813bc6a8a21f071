package org.pledgegraph.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.pledgegraph.model.InputException;

/**
 * Turns the bytes of a text file into a string: UTF-8 (BOM stripped), UTF-16 with a BOM, or
 * GB18030 when the bytes are not valid UTF-8. Rejects binary, PDF, Word/zip and empty files.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code fileName} names the file in error messages. */
    public static String decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new InputException(fileName, "empty file");
        }
        rejectKnownBinary(bytes, fileName);
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, fileName);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, fileName);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, fileName);
        } else {
            rejectNul(bytes, fileName);
            try {
                text = decodeReporting(bytes, 0, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                text = strict(bytes, 0, GB18030, fileName);
            }
        }
        rejectControlHeavy(text, fileName);
        if (text.isBlank()) {
            throw new InputException(fileName, "file holds only whitespace");
        }
        return text;
    }

    private static void rejectKnownBinary(byte[] b, String fileName) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            throw new InputException(fileName, "a PDF file, not plain text; convert it to text first");
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            throw new InputException(fileName, "a zip archive (e.g. Word .docx), not plain text");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InputException(fileName, "an OLE document (e.g. Word .doc), not plain text");
        }
    }

    private static void rejectNul(byte[] b, String fileName) {
        for (byte x : b) {
            if (x == 0) {
                throw new InputException(fileName, "binary data (NUL bytes), not plain text");
            }
        }
    }

    private static void rejectControlHeavy(String text, String fileName) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        if (control > 0 && control * 20 > text.length()) {
            throw new InputException(fileName, "binary data (" + control + " control characters), not plain text");
        }
    }

    private static String strict(byte[] b, int offset, Charset cs, String fileName) {
        try {
            return decodeReporting(b, offset, cs);
        } catch (CharacterCodingException e) {
            throw new InputException(fileName, "not valid " + cs.name() + " text");
        }
    }

    private static String decodeReporting(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
