package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Span;
import org.pledgegraph.model.Stage;

class GoldReaderTest {
    private static final String HEADER = "type\tname\taliases\tstage\tmodality\tyear\tevidence";

    private static List<GoldRow> parse(String... lines) {
        return GoldReader.parse("g.tsv", List.of(lines));
    }

    private static String error(String... lines) {
        return assertThrows(InputException.class, () -> parse(lines)).getMessage();
    }

    @Test
    void readsAnEntityRowWithAliases() {
        GoldRow r = parse(HEADER, "park\t中信印染产业园\t中信印染示范园项目|印染园\tunder_construction\tcommitment\t2025\t加快中信印染产业园建设")
                .get(0);
        assertEquals(EntityType.PARK, r.type());
        assertEquals(List.of("中信印染示范园项目", "印染园"), r.aliases());
        assertEquals(Stage.UNDER_CONSTRUCTION, r.stage());
        assertEquals(Modality.COMMITMENT, r.modality());
        assertEquals(2025, r.year());
        assertEquals(2, r.line());
        assertNull(r.figure());
    }

    @Test
    void parsesTheFigureInTheName() {
        GoldRow r = parse(HEADER, "target\t生产总值增长=7.5 %\t\t\tcommitment\t\t增长7.5%左右").get(0);
        assertEquals(new GoldFigure("生产总值增长", new BigDecimal("7.5"), "%"), r.figure());
        assertNull(r.stage());
        assertNull(r.year());
        assertEquals("万平方米", parse(HEADER, "actual\t修剪绿植=19 万平方米\t\t\treport\t2022\t绿植约19万平方米")
                .get(0).figure().unit());
    }

    @Test
    void skipsBlankLinesAndAcceptsCrlf() {
        assertEquals(1, parse(HEADER + "\r", "", "road\t中华路\t\t\treference\t\t改建中华路\r", "").size());
    }

    @Test
    void rejectsMissingHeader() {
        assertEquals("g.tsv:1:1: expected the header type\\tname\\taliases\\tstage\\tmodality\\tyear\\tevidence",
                error("road\t中华路\t\t\treference\t\t改建中华路"));
        assertEquals("g.tsv: empty gold file: the header row is missing", error("", ""));
    }

    @Test
    void rejectsWrongColumnCountNamingTheLine() {
        assertEquals("g.tsv:3: expected 7 tab-separated columns, found 6",
                error(HEADER, "", "road\t中华路\t\treference\t\t改建中华路"));
    }

    @Test
    void rejectsUnknownTypeStageAndModality() {
        assertEquals("g.tsv:2:1: type: unknown type 'street'", error(HEADER, "street\t中华路\t\t\treference\t\t改建中华路"));
        assertEquals("g.tsv:2:11: stage: unknown stage 'built'", error(HEADER, "road\t中华路\t\tbuilt\treference\t\t改建中华路"));
        assertEquals("g.tsv:2:12: modality: unknown modality 'maybe'", error(HEADER, "road\t中华路\t\t\tmaybe\t\t改建中华路"));
    }

    @Test
    void rejectsBadYear() {
        assertEquals("g.tsv:2:22: year: bad year '20x5'", error(HEADER, "road\t中华路\t\t\treference\t20x5\t改建中华路"));
    }

    @Test
    void readsRangesRatiosFractionsAndWords() {
        List<GoldRow> rows = parse(HEADER,
                "target\t连锁餐饮企业落地=2-3 个\t\t\tcommitment\t2024\t力争落地2-3个",
                "target\t新建社区医院=1—2 家\t\t\tcommitment\t2023\t新建社区医院1—2家",
                "actual\t三次产业结构=24.3：27.1：48.6 %\t\t\treport\t2024\t三次产业结构为24.3：27.1：48.6",
                "actual\t覆盖镇街=1/4\t\t\treport\t2024\t覆盖四分之一的镇街",
                "target\t水质=三 类\t\t\tcommitment\t2025\t水质稳定在三类以上");
        GoldFigure range = rows.get(0).figure();
        assertEquals(GoldFigure.Form.RANGE, range.form());
        assertEquals(List.of(new BigDecimal("2"), new BigDecimal("3")), range.values());
        assertEquals("个", range.unit());
        assertTrue(range.matches(new BigDecimal("3")) && range.matches(new BigDecimal("2.0")));
        assertFalse(range.matches(new BigDecimal("2.5")));
        assertEquals(GoldFigure.Form.RANGE, rows.get(1).figure().form());
        GoldFigure ratio = rows.get(2).figure();
        assertEquals(GoldFigure.Form.RATIO, ratio.form());
        assertEquals(3, ratio.values().size());
        assertTrue(ratio.matches(new BigDecimal("27.1")));
        GoldFigure fraction = rows.get(3).figure();
        assertEquals(GoldFigure.Form.FRACTION, fraction.form());
        assertTrue(fraction.matches(new BigDecimal("0.25")));
        assertEquals("", fraction.unit());
        GoldFigure words = rows.get(4).figure();
        assertEquals(GoldFigure.Form.TEXT, words.form());
        assertFalse(words.scorable());
        assertNull(words.value());
        assertEquals("水质=三 类", words.toString());
        assertEquals(new BigDecimal("-1.5"), GoldFigure.parse("增长", "-1.5", "%").value());
    }

    @Test
    void unscorableFiguresAreCountedNotScored() {
        GoldDocument doc = new GoldDocument("d", parse(HEADER,
                "target\t水质=三 类\t\t\tcommitment\t2025\t水质稳定在三类以上",
                "target\t连锁餐饮企业落地=2-3 个\t\t\tcommitment\t2024\t力争落地2-3个"));
        DocumentScore d = Scorer.scoreDocument(doc, List.of(Fixtures.figure(EntityType.TARGET, "连锁餐饮企业落地", "2", "个",
                0, 2024, "力争落地2-3个")));
        assertEquals("P=1/1 R=1/1", d.figures().toString());
        assertEquals(1, d.unscorableFigures());
    }

    @Test
    void readsAContinuityFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lin-2024-2025-reappear.tsv");
        Files.writeString(file, "canonical\tmention_first\tmention_second\tstrict\tnote\n"
                + "东山大桥\tlin-2024:东山大桥\tlin-2025:东山大桥工程\tyes\t2024 建设 → 2025 建成\n"
                + "西湖片区\tlin-2024:西湖片区改造\tlin-2025:西湖新城\tno\trenamed\n");
        ReappearGold g = ReappearReader.read(file);
        assertEquals("lin-2024-2025-reappear", g.name());
        assertEquals("lin-2024-2025", g.pair());
        assertEquals("lin-2024", g.firstStem());
        assertEquals("lin-2025", g.secondStem());
        assertEquals(2024, g.fromYear());
        assertEquals(2025, g.toYear());
        assertEquals(2, g.rows().size());
        assertEquals("东山大桥工程", g.rows().get(0).secondName());
        assertEquals(1, g.strictRows().size());
        assertEquals(3, g.rows().get(1).line());
    }

    @Test
    void rejectsAContinuityRowWithoutStemOrStrictness() {
        String header = "canonical\tmention_first\tmention_second\tstrict\tnote";
        InputException e = assertThrows(InputException.class, () -> ReappearReader.parse("r.tsv", "lin-2024-2025-reappear",
                List.of(header, "桥\t东山大桥\tlin-2025:东山大桥\tyes\t")));
        assertEquals("r.tsv:2:3: mention_first: expected <file-stem>:<name>, got '东山大桥'", e.getMessage());
        e = assertThrows(InputException.class, () -> ReappearReader.parse("r.tsv", "lin-2024-2025-reappear",
                List.of(header, "桥\tlin-2024:桥\tlin-2025:桥\tmaybe\t")));
        assertEquals("r.tsv:2:25: strict: expected yes or no, got 'maybe'", e.getMessage());
        e = assertThrows(InputException.class, () -> ReappearReader.parse("r.tsv", "lin-2024-2025-reappear",
                List.of(header, "桥\tlin-2024:桥\tlin-2025:桥\tyes\t", "路\tlin-2023:路\tlin-2025:路\tyes\t")));
        assertEquals("r.tsv:3:1: every row must pair lin-2024 with lin-2025, found lin-2023 / lin-2025", e.getMessage());
    }

    @Test
    void readsSubfoldersContinuityFilesAndTheSplit(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("local"));
        Files.writeString(dir.resolve("a.tsv"), HEADER + "\nroad\t中华路\t\t\treference\t\t改建中华路\n");
        Files.writeString(dir.resolve("local/lin-2024.tsv"), HEADER + "\nroad\t东山路\t\t\treference\t\t改建东山路\n");
        Files.writeString(dir.resolve("local/lin-2024-2025-reappear.tsv"),
                "canonical\tmention_first\tmention_second\tstrict\tnote\n桥\tlin-2024:桥\tlin-2025:桥\tyes\t\n");
        Files.writeString(dir.resolve(Split.FILE_NAME), "# comment\nkey\tset\tnote\nlin\theld-out\t\na\tdev\tseed\n");
        GoldSet set = GoldReader.readSet(dir);
        assertEquals(List.of("a", "lin-2024"), set.documents().stream().map(GoldDocument::stem).toList());
        assertEquals(1, set.reappear().size());
        assertEquals("held-out", set.split().setOf("lin-2024", "临江市"));
        assertEquals("dev", set.split().setOf("a", null));
        assertEquals(Split.UNASSIGNED, set.split().setOf("b-2020", "b"));
    }

    @Test
    void rejectsTwoGoldFilesForOneStem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("local"));
        Files.writeString(dir.resolve("a.tsv"), HEADER + "\n");
        Files.writeString(dir.resolve("local/a.tsv"), HEADER + "\n");
        InputException e = assertThrows(InputException.class, () -> GoldReader.read(dir));
        assertTrue(e.getMessage().endsWith(": a second gold file for a"), e.getMessage());
    }

    @Test
    void rejectsFigureWithoutNumber() {
        assertEquals("g.tsv:2:8: name: figure name must read 'indicator=value unit', got '生产总值增长7.5%'",
                error(HEADER, "target\t生产总值增长7.5%\t\t\tcommitment\t2022\t增长7.5%左右"));
    }

    @Test
    void readsAFolderWithCoverage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.tsv"), HEADER + "\nroad\t中华路\t\t\treference\t\t改建中华路\n");
        Files.writeString(dir.resolve("a.tsv"), HEADER + "\n");
        Files.writeString(dir.resolve("README.md"), "not gold");
        Files.writeString(dir.resolve(GoldReader.COVERAGE_FILE),
                "stem\tkinds\tbegin\tend\tstarts_with\nb\tfigures\t10\t20\t改建\nb\tall\t30\t40\t中华\n");
        List<GoldDocument> docs = GoldReader.read(dir);
        assertEquals(List.of("a", "b"), docs.stream().map(GoldDocument::stem).toList());
        assertEquals(Coverage.WHOLE, docs.get(0).coverage());
        Coverage c = docs.get(1).coverage();
        assertEquals(List.of(new Span(30, 40)), c.entityRegions());
        assertEquals(List.of(new Span(10, 20), new Span(30, 40)), c.figureRegions());
    }

    @Test
    void rejectsCoverageOfAnUnknownDocument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tsv"), HEADER + "\n");
        Files.writeString(dir.resolve(GoldReader.COVERAGE_FILE), "stem\tkinds\tbegin\tend\tstarts_with\nz\tall\t1\t2\tx\n");
        InputException e = assertThrows(InputException.class, () -> GoldReader.read(dir));
        assertEquals(dir.resolve("coverage.txt") + ": no gold file for z", e.getMessage());
    }

    @Test
    void rejectsBadCoverageKinds() {
        InputException e = assertThrows(InputException.class, () -> CoverageReader.parse("coverage.txt",
                List.of("stem\tkinds\tbegin\tend\tstarts_with", "a\tsome\t1\t2\tx")));
        assertEquals("coverage.txt:2: kinds must be all, entities or figures, got 'some'", e.getMessage());
    }
}
