package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Character classes on an invented text of two kinds of characters that always alternate (a "noun" then a "verb"):
 * the coarse classes never mix the two kinds; rare characters share one class; the table reads back as written.
 */
class CharClustersTest {
    private static final String NOUNS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
    private static final String VERBS = "建修造办推促抓引育改扩迁投验查管控治整保";

    /** Deterministic pseudo-random sentences noun verb noun verb …, ending in 。. */
    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        long x = 12345;
        for (int t = 0; t < 40; t++) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < 30; s++) {
                for (int i = 0; i < 6; i++) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                    b.append(NOUNS.charAt((int) ((x >>> 33) % NOUNS.length())));
                    x = x * 6364136223846793005L + 1442695040888963407L;
                    b.append(VERBS.charAt((int) ((x >>> 33) % VERBS.length())));
                }
                b.append('。');
            }
            out.add(b.toString());
        }
        out.add("罕");
        out.add("稀");
        return out;
    }

    @Test
    void coarseClassesDoNotMixCharactersOfDifferentContexts() {
        CharClusters q = CharClusters.learn(texts());
        Set<Integer> nouns = new HashSet<>();
        Set<Integer> verbs = new HashSet<>();
        NOUNS.chars().forEach(c -> nouns.add(q.coarse((char) c)));
        VERBS.chars().forEach(c -> verbs.add(q.coarse((char) c)));
        nouns.retainAll(verbs);
        assertTrue(nouns.isEmpty(), "a coarse class holds nouns and verbs: " + nouns);
        assertTrue(verbs.size() < VERBS.length(), "the coarse classes group characters: " + verbs);
    }

    @Test
    void rareAndUnseenCharactersShareTheRareClass() {
        CharClusters q = CharClusters.learn(texts());
        assertEquals(q.fine('罕'), q.fine('稀'), "written once each: both rare");
        assertEquals(q.fine('罕'), q.fine('龘'), "a character the texts never wrote reads as rare");
        assertNotEquals(CharClusters.UNKNOWN, q.fine('甲'));
        assertEquals(CharClusters.UNKNOWN, CharClusters.empty().fine('甲'));
        assertEquals(CharClusters.UNKNOWN, CharClusters.empty().coarse('甲'));
    }

    @Test
    void sameTextsSameClassesAndTheTableReadsBack() throws IOException {
        CharClusters a = CharClusters.learn(texts());
        CharClusters b = CharClusters.learn(texts());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.write(out, List.of("test"));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        b.write(again, List.of("test"));
        assertEquals(out.toString(java.nio.charset.StandardCharsets.UTF_8),
                again.toString(java.nio.charset.StandardCharsets.UTF_8));
        CharClusters read = CharClusters.read(new ByteArrayInputStream(out.toByteArray()));
        for (char c : (NOUNS + VERBS + "。罕").toCharArray()) {
            assertEquals(a.fine(c), read.fine(c), "fine class of " + c);
            assertEquals(a.coarse(c), read.coarse(c), "coarse class of " + c);
        }
    }

    @Test
    void judgeFeaturesReadTheClassesOnlyWhenThereAreAny() {
        List<String> none = new ArrayList<>();
        ClusterFeatures.add(none, "推甲乙建", 1, 3, CharClusters.empty());
        assertTrue(none.isEmpty());
        CharClusters q = CharClusters.learn(texts());
        List<String> f = new ArrayList<>();
        ClusterFeatures.add(f, "推甲乙建", 1, 3, q);
        assertTrue(f.contains("q.b1=" + q.fine('推')), f.toString());
        assertTrue(f.contains("q.a1=" + q.fine('建')), f.toString());
        assertTrue(f.contains("q.B1P1=" + q.coarse('推') + "+" + q.coarse('甲')), f.toString());
        List<String> edges = new ArrayList<>();
        ClusterFeatures.add(edges, "甲乙", 0, 2, q);
        assertTrue(edges.contains("q.b1=^") && edges.contains("q.A1=$"), edges.toString());
    }
}
