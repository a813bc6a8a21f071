package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.TextDecoder;

/** The same seed, saved in each encoding a colleague's editor might use, gives the same mentions. */
class EncodingsTest {
    private static final Path SEED = Path.of("seeds", "003_d45b306f38fa5f8e.txt");
    private static final Extractor EXTRACTOR = Extractor.defaults();
    private static String original;
    private static DocumentMeta meta;
    private static List<Mention> reference;

    @BeforeAll
    static void extractUtf8Original() throws Exception {
        original = Files.readString(SEED, StandardCharsets.UTF_8);
        meta = Manifest.read(Path.of("seeds", Manifest.FILE_NAME)).get(SEED.getFileName().toString()).orElseThrow();
        reference = EXTRACTOR.extract(meta, original).mentions();
        assertFalse(reference.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "UTF-16LE+BOM", "UTF-16BE+BOM", "UTF-16LE", "UTF-16BE", "UTF-8+BOM"})
    void readsTheSameMentionsWithTheSameOffsets(String encoding) throws Exception {
        String decoded = TextDecoder.decode(encode(original, encoding), SEED + " as " + encoding);
        assertEquals(original, decoded);
        List<Mention> mentions = EXTRACTOR.extract(meta, decoded).mentions();
        assertEquals(reference, mentions);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "UTF-16LE+BOM"})
    void readsCrlfFilesWithOffsetsIntoTheCrlfOriginal(String encoding) throws Exception {
        String crlf = original.replace("\n", "\r\n");
        String decoded = TextDecoder.decode(encode(crlf, encoding), SEED + " as CRLF " + encoding);
        assertEquals(crlf, decoded);
        List<Mention> mentions = EXTRACTOR.extract(meta, decoded).mentions();
        assertEquals(summary(reference), summary(mentions));
        for (Mention m : mentions) {
            // Offsets shift by one per line break, but must still cover the name and sentence in the CRLF text.
            if (!m.type().isFigure()) {
                assertEquals(m.surface(), NormalizedText.stripBreaks(m.span().of(decoded)), m.toString());
            }
            assertEquals(m.evidence(), m.sentence().of(decoded), m.toString());
        }
    }

    /**
     * The seed converted to traditional characters (HanLP's s2t table, char for char; a fixture)
     * gives the same mentions at the same offsets; surfaces and evidence stay as written there.
     */
    @org.junit.jupiter.api.Test
    void readsTraditionalChineseAsSimplifiedWithOffsetsIntoTheOriginal() throws Exception {
        String traditional = TextDecoder.decode(Files.readAllBytes(Path.of("src/test/resources/encodings/003_traditional.txt")),
                "003_traditional.txt");
        assertEquals(original.length(), traditional.length());
        List<Mention> mentions = EXTRACTOR.extract(meta, traditional).mentions();
        assertEquals(reference.size(), mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention t = mentions.get(i);
            Mention s = reference.get(i);
            assertEquals(List.of(s.type(), s.span(), s.sentence(), String.valueOf(s.stage()), s.modality()),
                    List.of(t.type(), t.span(), t.sentence(), String.valueOf(t.stage()), t.modality()), t.toString());
            assertEquals(t.evidence(), t.sentence().of(traditional));
            if (!t.type().isFigure()) {
                assertEquals(t.surface(), NormalizedText.stripBreaks(t.span().of(traditional)), t.toString());
            }
        }
    }

    /** What a mention says, without its offsets. */
    private static List<String> summary(List<Mention> ms) {
        return ms.stream().map(m -> m.type() + "|" + m.surface() + "|" + m.stage() + "|" + m.modality() + "|"
                + m.aboutYear() + "|" + m.figure() + "|" + m.industry() + "|" + NormalizedText.stripBreaks(m.evidence()))
                .toList();
    }

    static byte[] encode(String text, String encoding) throws Exception {
        boolean bom = encoding.endsWith("+BOM");
        Charset cs = Charset.forName(encoding.replace("+BOM", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write("\uFEFF".getBytes(cs));
        }
        out.write(text.getBytes(cs));
        return out.toByteArray();
    }
}
