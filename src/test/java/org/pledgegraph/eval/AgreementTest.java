package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final String HEADER = "type\tname\taliases\tstage\tmodality\tyear\tevidence";
    private static final Path SECOND = Path.of("src/test/resources/gold-second");
    private static final Path DEV = Path.of("src/test/resources/gold/local");
    private static final Path TEXTS = Path.of("..", "shared", "corpus", "local");

    private static GoldDocument doc(String... rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        return new GoldDocument("d", GoldReader.parse("d.tsv", lines));
    }

    @Test
    void rowsMatchByLenientKeyOfAnyNameTypeIgnored() {
        GoldDocument ref = doc("park\t甲产业园\t\t\t\t\t加快甲产业园建设工作",
                "project\t乙改造工程\t\t\t\t\t推进乙改造工程建设工作",
                "facility\t丙中心\t\t\t\t\t建成丙中心并投入使用",
                "target\t生产总值增长=6 %\t\t\t\t\t生产总值增长6%左右");
        GoldDocument other = doc("facility\t甲产业园区\t甲产业园\t\t\t\t加快甲产业园建设工作",
                "road\t乙改造\t\t\t\t\t推进乙改造工程建设工作",
                "enterprise\t丁公司\t\t\t\t\t丁公司落户并投产运营");
        Score s = Agreement.entities(ref, other);
        // other: 甲 (by its alias) and 乙 (项目/工程 stripped, type ignored) match, 丁 does not; ref: 丙 is missed
        assertEquals(new Score(2, 3, 2, 3), s);
        assertEquals(new Score(3, 3, 3, 3), Agreement.entities(ref, ref));
    }

    /**
     * Second annotations of two development reports, made blind to their gold (session 26): how far a new
     * annotator's conventions drift from the development gold.
     */
    @Test
    void secondAnnotationsAgreeWithTheDevelopmentGold() throws IOException {
        assumeTrue(Files.isDirectory(TEXTS), "../shared is not beside the clone");
        // F1 0.867 (P 0.859, R 0.876) and 0.940 (P 0.908, R 0.975)
        assertEquals(new Score(134, 156, 134, 153), agreement("shenzhen-futianqu-2022"));
        assertEquals(new Score(118, 130, 118, 121), agreement("henansheng-2025"));
    }

    private static Score agreement(String stem) throws IOException {
        List<GoldRow> second = GoldReader.readFile(SECOND.resolve(stem + ".tsv"));
        String text = Files.readString(TEXTS.resolve(stem + ".txt"), StandardCharsets.UTF_8);
        second.forEach(r -> assertTrue(text.contains(r.evidence()), stem + ".tsv:" + r.line() + " evidence not verbatim"));
        return Agreement.entities(new GoldDocument(stem, GoldReader.readFile(DEV.resolve(stem + ".tsv"))),
                new GoldDocument(stem, second));
    }
}
