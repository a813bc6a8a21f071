package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
