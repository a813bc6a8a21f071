package org.pledgegraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.train.AnnotatedDocument;
import org.pledgegraph.train.GoldSets;

/**
 * The annotated documents the extraction diagnostics may read: the shared gold's development governments, the
 * seeds and the project's training gold. The held-out and helper-gold governments are excluded before their gold
 * or text is read.
 */
final class DevGoldDocuments {
    static final List<String> EXCLUDED = List.of("深圳市盐田区", "深圳市宝安区", "浙江省", "四川省", "深圳市南山区");

    private DevGoldDocuments() {
    }

    static List<AnnotatedDocument> load() {
        Path local = Path.of("..", "shared", "corpus", "local");
        List<AnnotatedDocument> docs = new ArrayList<>();
        docs.addAll(GoldSets.load(Path.of("..", "shared", "gold", "local"), List.of(local), EXCLUDED));
        docs.addAll(GoldSets.load(Path.of("src/test/resources/gold"), List.of(Path.of("seeds")), EXCLUDED));
        docs.addAll(GoldSets.load(Path.of("src/test/resources/gold-train"), List.of(local), EXCLUDED));
        return docs;
    }

    /**
     * Whether a diagnostic counts {@code d}: not the in-sample seeds 001/004 (the rules were written from them), not
     * the national reports (figures only), and (again, for safety) no excluded government.
     */
    static boolean counted(AnnotatedDocument d) {
        String stem = d.gold().stem();
        return !(stem.startsWith("001") || stem.startsWith("004") || stem.startsWith("national")
                || EXCLUDED.stream().anyMatch(g -> d.government().contains(g)));
    }
}
