package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** The learned proposer's tagger on invented sentences: it learns a head it was shown, and is deterministic. */
class CharTaggerTest {
    private static CharTagger.Sequence seq(String text, String... names) {
        List<Candidate> cs = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            cs.add(new Candidate(EntityType.PARK, at, at + n.length(), n, null));
        }
        return new CharTagger.Sequence(text, cs);
    }

    private static List<CharTagger.Sequence> data() {
        return List.of(
                seq("加快建设“青松白桦”新材料产业走廊,推动项目落地。", "“青松白桦”新材料产业走廊"),
                seq("高标准打造“红枫绿柳”智能装备产业走廊。", "“红枫绿柳”智能装备产业走廊"),
                seq("积极推进“云杉银杏”光电产业走廊建设,完善配套。", "“云杉银杏”光电产业走廊"),
                seq("全年完成投资增长百分之五,就业保持稳定。"),
                seq("持续优化营商环境,服务市场主体。"));
    }

    @Test
    void learnsAHeadFromTheGold() {
        CharTagger t = CharTagger.train(data(), 5);
        List<Candidate> found = t.tag("着力建设“海棠玉兰”生物产业走廊,带动就业。", 100);
        assertTrue(found.stream().anyMatch(c -> c.name().endsWith("产业走廊") && c.type() == EntityType.PARK),
                found.toString());
        found.forEach(c -> assertEquals(c.name(), "着力建设“海棠玉兰”生物产业走廊,带动就业。"
                .substring(c.begin() - 100, c.end() - 100)));
        assertTrue(t.tag("持续优化营商环境。", 0).isEmpty());
    }

    @Test
    void sameDataSameBytesAndTheModelReadsBack() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CharTagger.train(data(), 5).write(a);
        CharTagger.train(data(), 5).write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        CharTagger back = CharTagger.read(new ByteArrayInputStream(a.toByteArray()));
        String s = "着力建设“海棠玉兰”生物产业走廊。";
        assertEquals(CharTagger.train(data(), 5).tag(s, 0), back.tag(s, 0));
    }

    @Test
    void classFeaturesNameAndReadBackWithTheirClasses() throws IOException {
        List<String> texts = new ArrayList<>();
        data().forEach(d -> texts.add(d.text()));
        CharClusters q = CharClusters.learn(texts);
        String s = "着力建设“海棠玉兰”生物产业走廊。";
        long[] keys = CharTagger.keys(s, q);
        assertEquals(18 * s.length(), keys.length, "five class features more per character");
        for (long k : keys) {
            assertEquals(k, CharTagger.parse(CharTagger.name(k)), CharTagger.name(k));
        }
        assertTrue(CharTagger.name(keys[13]).startsWith("q0="), CharTagger.name(keys[13]));
        CharTagger t = CharTagger.train(data(), 5, q);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        t.write(a);
        CharTagger back = CharTagger.read(new ByteArrayInputStream(a.toByteArray()), q);
        assertEquals(t.tag(s, 0), back.tag(s, 0));
        assertArrayEquals(CharTagger.keys(s), java.util.Arrays.copyOf(CharTagger.keys(s, CharClusters.empty()),
                13 * s.length()), "without classes the features are what they were");
    }

    /** The feature strings the tagger built before issue 14 (13 per character), kept here as the reference. */
    private static String[][] stringFeatures(String t) {
        String[][] out = new String[t.length()][];
        for (int i = 0; i < t.length(); i++) {
            String c0 = at(t, i);
            String m1 = at(t, i - 1);
            String p1 = at(t, i + 1);
            String m2 = at(t, i - 2);
            String p2 = at(t, i + 2);
            out[i] = new String[] {"c0=" + c0, "c-1=" + m1, "c1=" + p1, "c-2=" + m2, "c2=" + p2, "b-1=" + m1 + c0,
                "b1=" + c0 + p1, "b-2=" + m2 + m1, "b2=" + p1 + p2, "k0=" + cls(t, i),
                "k-1=" + cls(t, i - 1) + cls(t, i), "k1=" + cls(t, i) + cls(t, i + 1), "bias"};
        }
        return out;
    }

    private static String at(String t, int i) {
        return i < 0 ? "^" : i >= t.length() ? "$" : String.valueOf(t.charAt(i));
    }

    private static String cls(String t, int i) {
        if (i < 0 || i >= t.length()) {
            return "E";
        }
        char c = t.charAt(i);
        if (Character.isDigit(c)) {
            return "D";
        }
        if ("“”\"「」‘’".indexOf(c) >= 0) {
            return "Q";
        }
        if ("、，。；：！？,.;:（）()\n".indexOf(c) >= 0) {
            return "P";
        }
        return Character.isLetter(c) && c < 0x3000 ? "L" : "H";
    }

    @Test
    void codedFeaturesNameTheStringsTheModelFileHolds() {
        java.util.Random r = new java.util.Random(14);
        String alphabet = "产业园区路“”\"「」‘’、，。；：,.;:（）()\n0123456789abcXYZ^$=高铁ａ１\uD83D\uDE00 ";
        List<String> texts = new ArrayList<>(List.of("", "a", "^$", "加快建设“青松白桦”新材料产业走廊,推动项目落地。"));
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            String[][] expected = stringFeatures(t);
            assertEquals(expected.length, CharTagger.features(t).length, t);
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], CharTagger.features(t)[i], t);
            }
            for (long k : CharTagger.keys(t)) {
                assertEquals(k, CharTagger.parse(CharTagger.name(k)), t);
            }
        }
        assertEquals(-1, CharTagger.parse("c0=ab"));
        assertEquals(-1, CharTagger.parse("x=1"));
    }

    @Test
    void scoredKeepsTheTagsAndReportsMargins() {
        CharTagger t = CharTagger.train(data(), 5);
        String s = "着力建设“海棠玉兰”生物产业走廊,带动就业。";
        CharTagger.Scored sc = t.scored(s, 100);
        assertEquals(t.tag(s, 100), sc.names());
        assertEquals(s.length(), sc.margin().length);
        Candidate name = sc.names().stream().filter(c -> c.name().endsWith("产业走廊")).findFirst().orElseThrow();
        int b = name.begin() - 100;
        int e = name.end() - 100;
        assertTrue(sc.begin()[b] > 0, "a name starts where the tagger tags B");
        assertTrue(sc.margin()[b] >= sc.begin()[b], "B chosen over every tag the decoder could take");
        for (int i = b + 1; i < e; i++) {
            assertTrue(sc.inside()[i] > 0 && sc.begin()[i] < 0 && sc.outside()[i] < 0, "inside at " + i);
        }
        for (int i = 0; i < s.length(); i++) {
            assertTrue(sc.margin()[i] >= 0, "the chosen tag is the best the decoder could take");
        }
        CharTagger.Scored plain = t.scored("持续优化营商环境。", 0);
        assertTrue(plain.names().isEmpty());
        for (int i = 0; i < plain.margin().length; i++) {
            assertTrue(plain.margin()[i] >= 0, "O chosen at " + i);
            assertTrue(plain.outside()[i] <= plain.margin()[i], "O's lead over every tag is at most its margin");
        }
    }

    @Test
    void anUntrainedTaggerTiesEveryTag() {
        CharTagger t = CharTagger.train(List.of(), 5);
        CharTagger.Scored sc = t.scored("建设青松产业园。", 0);
        assertTrue(sc.names().isEmpty());
        for (int i = 0; i < sc.margin().length; i++) {
            assertEquals(0f, sc.margin()[i], "every tag scores 0: a tie, decided for O");
            assertEquals(0f, sc.begin()[i]);
            assertEquals(0f, sc.inside()[i]);
        }
    }

    /** The bundled tagger on the seed reports: the scored decoder finds exactly the names {@link CharTagger#tag} does. */
    @Test
    void scoredNamesEqualTheTagsOnTheSeeds() throws IOException {
        CharTagger t = CharTagger.bundled();
        int names = 0;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : java.nio.file.Files.readString(f).split("[。\n]")) {
                    List<Candidate> tags = t.tag(line, 7);
                    assertEquals(tags, t.scored(line, 7).names(), line);
                    names += tags.size();
                }
            }
        }
        assertTrue(names > 100, "the seeds hold names: " + names);
    }
}
