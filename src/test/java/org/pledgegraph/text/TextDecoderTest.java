package org.pledgegraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.InputException;

class TextDecoderTest {
    private static final String TEXT = "加快中信印染产业园建设。";

    @Test
    void decodesPlainUtf8() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void stripsUtf8Bom() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertEquals(TEXT, TextDecoder.decode(b, "a.txt"));
    }

    @Test
    void decodesUtf16WithBom() {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(TEXT, TextDecoder.decode(le, "le.txt"));
        assertEquals(TEXT, TextDecoder.decode(be, "be.txt"));
    }

    @Test
    void fallsBackToGb18030WhenBytesAreNotUtf8() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(Charset.forName("GB18030")), "gbk.txt"));
    }

    @Test
    void rejectsPdfNamingIt() {
        InputException e = assertThrows(InputException.class,
                () -> TextDecoder.decode("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "r.pdf"));
        assertTrue(e.getMessage().startsWith("r.pdf: ") && e.getMessage().contains("PDF"), e.getMessage());
    }

    @Test
    void rejectsZipAndOleDocuments() {
        InputException zip = assertThrows(InputException.class,
                () -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 20, 0}, "r.docx"));
        assertTrue(zip.getMessage().contains("zip"), zip.getMessage());
        InputException ole = assertThrows(InputException.class,
                () -> TextDecoder.decode(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "r.doc"));
        assertTrue(ole.getMessage().contains("OLE"), ole.getMessage());
    }

    @Test
    void rejectsNulBytes() {
        InputException e = assertThrows(InputException.class,
                () -> TextDecoder.decode(new byte[] {'a', 0, 'b', 'c'}, "x.bin"));
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() {
        assertThrows(InputException.class, () -> TextDecoder.decode(new byte[0], "e.txt"));
        assertThrows(InputException.class, () -> TextDecoder.decode(" \n\u3000\n".getBytes(StandardCharsets.UTF_8), "w.txt"));
    }
}
