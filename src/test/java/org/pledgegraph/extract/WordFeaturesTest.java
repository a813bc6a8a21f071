package org.pledgegraph.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordFeaturesTest {
    private static final String TEXT = "加快推进城市更新项目建设。";

    private static List<String> features(int b, int e) {
        List<String> f = new ArrayList<>();
        WordFeatures.add(f, TEXT, b, e);
        return f;
    }

    @Test
    void segmentsIntoDictionaryWords() {
        List<String> words = DictionaryWords.segment(TEXT, 0, TEXT.length()).stream()
                .map(w -> TEXT.substring(w.begin(), w.end()) + "/" + w.pos()).toList();
        assertEquals(List.of("加快/v", "推进/v", "城市/n", "更新/v", "项目/n", "建设/vn", "。/w"), words);
    }

    @Test
    void anEdgeOnAWordBoundaryDiffersFromOneInsideAWord() {
        // 城市更新项目 starts and ends on word edges, after a verb; 进城市更新项目 starts inside 推进
        List<String> clean = features(4, 10);
        assertTrue(clean.contains("wd.se=YY"), clean::toString);
        assertTrue(clean.contains("wd.pb=v"), clean::toString);
        assertTrue(clean.contains("wd.pa=vn"), clean::toString);
        List<String> cut = features(3, 10);
        assertTrue(cut.contains("wd.se=NY"), cut::toString);
        assertTrue(cut.contains("wd.pb=v+"), cut::toString);
    }

    @Test
    void theSentenceEdgeIsAHardBoundary() {
        List<String> f = features(0, 4);
        assertTrue(f.contains("wd.se=XY"), f::toString);
        assertTrue(f.contains("wd.pb=^"), f::toString);
        List<String> end = features(10, 12);
        assertTrue(end.contains("wd.e=X"), end::toString);
        assertTrue(end.contains("wd.pa=w"), end::toString);
    }
}
