package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Span;

/** The gold development set in src/test/resources/gold parses and points into its documents. */
class GoldFilesTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final List<Path> TEXTS = List.of(Path.of("seeds"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/corpus/local"));
    /** Rows copied unchanged from the shared gold whose evidence is shorter than 8 (see gold/README.md). */
    private static final List<String> KNOWN_SHORT = List.of("000_8b5d310501e46dd4.tsv:23");

    private static String text(String stem) throws IOException {
        for (Path dir : TEXTS) {
            Path file = dir.resolve(stem + ".txt");
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no document for gold file " + stem);
    }

    @Test
    void everyGoldFileParses() {
        List<GoldDocument> docs = GoldReader.read(GOLD);
        assertTrue(docs.size() >= 23, "gold documents: " + docs.size());
        docs.forEach(d -> assertFalse(d.rows().isEmpty(), d.stem()));
        assertTrue(docs.stream().anyMatch(d -> d.stem().equals("shenzhenshi-2024")), "local/ is read");
    }

    @Test
    void everyContinuityFileNamesTwoGoldDocumentsAndTheirNames() throws IOException {
        List<ReappearGold> pairs = GoldReader.readReappear(GOLD);
        assertEquals(8, pairs.size());
        List<String> stems = GoldReader.read(GOLD).stream().map(GoldDocument::stem).toList();
        List<String> problems = new ArrayList<>();
        int rows = 0;
        for (ReappearGold p : pairs) {
            assertTrue(stems.contains(p.firstStem()) && stems.contains(p.secondStem()), p.name());
            assertEquals(p.fromYear() + 1, p.toYear(), p.name());
            rows += p.rows().size();
            String first = text(p.firstStem());
            String second = text(p.secondStem());
            for (ReappearRow r : p.rows()) {
                // The name as written there, or (an expanded list) a piece of it.
                if (!sharesAPiece(r.firstName(), first) || !sharesAPiece(r.secondName(), second)) {
                    problems.add(p.name() + ".tsv:" + r.line() + " " + r);
                }
            }
        }
        assertEquals(519, rows);
        assertEquals(List.of(), problems);
    }

    /**
     * Entity names are verbatim in their evidence, except rows of an expanded list (FORMAT.md: the full name
     * rebuilt from a shared head) or of a name broken by a line break (gold/README.md): there the evidence
     * holds pieces of the name. Those exceptions stay rare.
     */
    @Test
    void entityNamesOccurInTheirEvidenceOrAreRebuiltFromIt() {
        List<String> problems = new ArrayList<>();
        int rebuilt = 0;
        int total = 0;
        for (GoldDocument doc : GoldReader.read(GOLD)) {
            for (GoldRow row : doc.entities()) {
                total++;
                String e = row.evidence();
                if (row.names().stream().anyMatch(e::contains)) {
                    continue;
                }
                rebuilt++;
                if (row.names().stream().noneMatch(n -> sharesAPiece(n, e))) {
                    problems.add(doc.stem() + ".tsv:" + row.line() + " " + row.name() + " «" + e + "»");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(rebuilt <= total / 25, rebuilt + " of " + total + " names not verbatim in their evidence");
    }

    /** True if {@code text} contains two consecutive characters of {@code name} (or all of a shorter name). */
    private static boolean sharesAPiece(String name, String text) {
        if (name.length() < 2) {
            return text.contains(name);
        }
        for (int i = 0; i + 2 <= name.length(); i++) {
            if (text.contains(name.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyEvidenceOccursVerbatimInItsDocument() throws IOException {
        List<String> problems = new ArrayList<>();
        for (GoldDocument doc : GoldReader.read(GOLD)) {
            String text = text(doc.stem());
            for (GoldRow row : doc.rows()) {
                String e = row.evidence();
                String where = doc.stem() + ".tsv:" + row.line() + " «" + e + "»";
                if (!text.contains(e)) {
                    problems.add(where + " not in the document");
                } else if (e.length() > 40 || e.contains("\n")
                        || e.length() < 8 && !KNOWN_SHORT.contains(doc.stem() + ".tsv:" + row.line())) {
                    problems.add(where + " must be one line of 8-40 characters");
                } else if (!inCoveredRegion(text, e, row, doc.coverage())) {
                    problems.add(where + " lies outside the covered regions");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void coverageRegionsStartWhereTheyClaim() throws IOException {
        Path file = GOLD.resolve(GoldReader.COVERAGE_FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            String text = text(f[0]);
            int begin = Integer.parseInt(f[2]);
            int end = Integer.parseInt(f[3]);
            assertTrue(end <= text.length(), line);
            assertTrue(text.startsWith(f[4], begin), line);
        }
    }

    /** The files annotated here always give a unit; the shared ones may not (a dimensionless ratio). */
    @Test
    void figureRowsNameIndicatorValueAndUnit() {
        int words = 0;
        for (GoldDocument doc : GoldReader.read(GOLD)) {
            boolean shared = Files.exists(GOLD.resolve("local").resolve(doc.stem() + ".tsv"));
            for (GoldRow r : doc.figures()) {
                assertFalse(!shared && r.figure().unit().isEmpty(), doc.stem() + ":" + r.line());
                words += r.figure().scorable() ? 0 : 1;
            }
        }
        assertTrue(words <= 5, words + " figures in words");
    }

    @Test
    void goldScoredAgainstItselfIsPerfect() throws IOException {
        List<GoldDocument> gold = GoldReader.read(GOLD);
        Map<String, List<Mention>> predicted = new java.util.HashMap<>();
        for (GoldDocument doc : gold) {
            String text = text(doc.stem());
            predicted.put(doc.stem(), doc.rows().stream().filter(r -> r.figure() == null || r.figure().scorable())
                    .map(r -> asMention(text, r, doc.coverage())).toList());
        }
        EvalReport report = Scorer.score(gold, predicted);
        assertEquals(1.0, report.entities().f1());
        assertEquals(1.0, report.strictEntities().f1());
        assertEquals(1.0, report.figures().f1());
        assertEquals(1.0, report.entityAttributes().stage().value());
        assertEquals(1.0, report.figureAttributes().label().value());
    }

    private static Mention asMention(String text, GoldRow r, Coverage coverage) {
        int at = text.indexOf(r.evidence());
        while (!covered(coverage, r, new Span(at, at + 1))) {
            at = text.indexOf(r.evidence(), at + 1);
        }
        Span sentence = new Span(at, at + r.evidence().length());
        Figure figure = r.figure() == null ? null
                : new Figure(r.figure().label(), null, r.figure().value(), r.figure().unit(), Comparison.EXACTLY);
        return new Mention(r.type(), r.name(), new Span(at, at + 1), sentence, r.evidence(), r.stage(),
                r.modality() == null ? Modality.REFERENCE : r.modality(), r.year(), figure, null, null);
    }

    private static boolean covered(Coverage coverage, GoldRow row, Span span) {
        return row.type().isFigure() ? coverage.coversFigure(span) : coverage.coversEntity(span);
    }

    private static boolean inCoveredRegion(String text, String evidence, GoldRow row, Coverage coverage) {
        for (int at = text.indexOf(evidence); at >= 0; at = text.indexOf(evidence, at + 1)) {
            Span span = new Span(at, at + evidence.length());
            if (covered(coverage, row, span)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void partlyAnnotatedDocumentsAreListed() {
        Map<String, Coverage> coverage = CoverageReader.read(GOLD.resolve(GoldReader.COVERAGE_FILE));
        assertEquals(List.of("001_b64101aa0c6a0ce7", "national-2022", "national-2025"),
                coverage.keySet().stream().sorted().toList());
        assertFalse(coverage.get("national-2022").scoresEntities());
    }
}
