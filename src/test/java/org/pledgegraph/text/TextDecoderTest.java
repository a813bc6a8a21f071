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

    @Test
    void decodesUtf16WithoutBomByPlausibility() {
        String text = "2024年，全区生产总值增长6%。\n加快中信印染产业园建设。\n";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "le.txt"));
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE), "be.txt"));
    }

    @Test
    void refusesDamagedUtf8NamingTheLine() {
        byte[] b = ("第一行。\n第二行有字。\n" + "推进中信印染产业园建设，加快发展。".repeat(10)).getBytes(StandardCharsets.UTF_8);
        int second = "第一行。\n".getBytes(StandardCharsets.UTF_8).length;
        b[second + 1] = (byte) 0xFF;
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(b, "d.txt"));
        assertTrue(e.getMessage().startsWith("d.txt:2: damaged UTF-8"), e.getMessage());
    }

    @Test
    void refusesRandomBytesWithoutNul() {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        for (int i = 0; i < b.length; i++) {
            b[i] = b[i] == 0 ? 1 : b[i];
        }
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(b, "r.txt"));
        assertTrue(e.getMessage().startsWith("r.txt: "), e.getMessage());
    }
}
