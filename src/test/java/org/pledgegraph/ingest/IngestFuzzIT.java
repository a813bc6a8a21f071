package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.ShapesValidator;

/**
 * Fuzzes the whole ingest path with damaged copies of the seeds and two national reports: truncated
 * (also inside a UTF-8 sequence), spliced, byte-flipped, NUL-injected and chunk-duplicated. Every
 * case is either stored or refused with a reason naming it; nothing else escapes, and the store
 * validates afterwards. Deterministic: a fixed seed drives every choice.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard, not a performance assertion
class IngestFuzzIT {
    private static final long SEED = 20261122L;
    private static final int CASES = 220;
    private static final int BATCHES = 4;
    /** Cases are cut from windows of the sources this long, to keep 220 extractions quick. */
    private static final int WINDOW = 2500;

    @TempDir
    Path tmp;

    record Source(String name, byte[] bytes, int year) {
    }

    @Test
    void everyDamagedFileIsStoredOrRefusedCleanlyAndTheStoreValidates() throws Exception {
        List<Source> sources = sources();
        Random rnd = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        int stored = 0;
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            for (int batch = 0; batch < BATCHES; batch++) {
                Path dir = Files.createDirectories(tmp.resolve("batch" + batch));
                StringBuilder manifest = new StringBuilder("file\tissued\tyear\n");
                int n = CASES / BATCHES;
                for (int i = 0; i < n; i++) {
                    Source a = sources.get(rnd.nextInt(sources.size()));
                    Source b = sources.get(rnd.nextInt(sources.size()));
                    String op = OPS[rnd.nextInt(OPS.length)];
                    String name = String.format("case-%d-%03d-%s.txt", batch, i, op);
                    Files.write(dir.resolve(name), mutate(op, window(a.bytes(), rnd), window(b.bytes(), rnd), rnd));
                    if (rnd.nextInt(5) > 0) { // the rest must infer their year, or be refused for lacking one
                        manifest.append(name).append("\t\t").append(a.year()).append('\n');
                    }
                }
                Files.writeString(dir.resolve(Manifest.FILE_NAME), manifest.toString());
                IngestReport r = Ingest.create(store).run(List.of(dir), IngestListener.NONE);
                // A case whose text another case already had is recorded as that document's file, not stored twice.
                assertEquals(n, r.documents() + r.refused().size() + r.duplicates().size(),
                        "every case stored, refused or recorded as a duplicate: " + r);
                for (IngestReport.Refusal f : r.refused()) {
                    String reason = f.reason();
                    assertTrue(reason.startsWith(f.file().toString() + ":"), reason);
                    assertFalse(reason.contains("internal error"), reason);
                    assertFalse(reason.contains("\n"), reason);
                    outcomes.merge(category(reason), 1, Integer::sum);
                }
                stored += r.documents();
            }
            outcomes.put("stored", stored);
            long ingested = System.nanoTime();
            long docs = store.read(() -> store.graphNames().stream()
                    .filter(g -> g.getURI().contains("/graph/document/")).count());
            assertEquals(stored, docs);
            List<ShapesValidator.Violation> violations = new ShapesValidator(OntologyFiles.shapes()).validate(store)
                    .stream().filter(v -> v.severity().equals("Violation")).toList();
            assertTrue(violations.isEmpty(), violations.stream().limit(5).toList().toString());
            System.out.printf("fuzz: validation took %.1f s%n", (System.nanoTime() - ingested) / 1e9);
        }
        System.out.printf("fuzz: %d cases in %.1f s: %s%n", CASES, (System.nanoTime() - start) / 1e9, outcomes);
        assertTrue(stored > CASES / 4, "too few cases reached extraction to test it: " + outcomes);
    }

    /** Byte-level damage (mostly refused as damaged UTF-8 or binary) and text-level damage (reaches the extractor). */
    private static final String[] OPS = {"truncate", "splice", "flip", "nul", "duplicate", "mixed",
        "cut-text", "splice-text", "garble-text", "dup-text", "garble-text", "cut-text"};
    /** Characters that steer the extractor's rules: punctuation, list markers, numbers, units, odd whitespace. */
    private static final String GARBLE = "。，、；：！？（）()《》“”—…\n\r\t\u3000 0123456789.%亿万元年月项目园区建设推进完成"
            + "一二三四五、\uFFFD\u200B#*-—";

    static byte[] mutate(String op, byte[] a, byte[] b, Random rnd) {
        if (op.endsWith("-text")) {
            return mutateText(op, new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8), rnd)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return mutateBytes(op, a, b, rnd);
    }

    private static String mutateText(String op, String a, String b, Random rnd) {
        return switch (op) {
            case "cut-text" -> a.substring(rnd.nextInt(a.length() / 2), a.length() / 2 + rnd.nextInt(a.length() / 2 + 1));
            case "splice-text" -> a.substring(0, rnd.nextInt(a.length() + 1)) + b.substring(rnd.nextInt(b.length() + 1));
            case "dup-text" -> {
                int from = rnd.nextInt(a.length() + 1);
                int to = Math.min(a.length(), from + rnd.nextInt(500));
                int at = rnd.nextInt(a.length() + 1);
                yield a.substring(0, at) + a.substring(from, to) + a.substring(at);
            }
            default -> {
                StringBuilder t = new StringBuilder(a);
                for (int k = 1 + rnd.nextInt(60); k > 0 && t.length() > 0; k--) {
                    t.setCharAt(rnd.nextInt(t.length()), GARBLE.charAt(rnd.nextInt(GARBLE.length())));
                }
                yield t.toString();
            }
        };
    }

    private static byte[] mutateBytes(String op, byte[] a, byte[] b, Random rnd) {
        return switch (op) {
            case "truncate" -> Arrays.copyOf(a, rnd.nextInt(a.length + 1));
            case "splice" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(a, 0, rnd.nextInt(a.length + 1));
                int from = rnd.nextInt(b.length + 1);
                out.write(b, from, b.length - from);
                yield out.toByteArray();
            }
            case "flip" -> {
                byte[] c = a.clone();
                for (int k = 1 + rnd.nextInt(8); k > 0 && c.length > 0; k--) {
                    c[rnd.nextInt(c.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                yield c;
            }
            case "nul" -> {
                byte[] c = a;
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    c = insert(c, rnd.nextInt(c.length + 1), new byte[1 + rnd.nextInt(4)]);
                }
                yield c;
            }
            case "duplicate" -> {
                int from = rnd.nextInt(a.length + 1);
                int to = Math.min(a.length, from + rnd.nextInt(2000));
                yield insert(a, rnd.nextInt(a.length + 1), Arrays.copyOfRange(a, from, to));
            }
            default -> mutateBytes(OPS[rnd.nextInt(5)], mutateBytes("duplicate", a, b, rnd), b, rnd);
        };
    }

    /** About {@link #WINDOW} bytes of whole lines, so a case is valid text until it is mutated. */
    private static byte[] window(byte[] src, Random rnd) {
        int start = rnd.nextInt(Math.max(1, src.length - WINDOW));
        while (start > 0 && src[start - 1] != '\n') {
            start--;
        }
        int end = Math.min(src.length, start + WINDOW);
        while (end < src.length && src[end - 1] != '\n') {
            end++;
        }
        return Arrays.copyOfRange(src, start, end);
    }

    private static byte[] insert(byte[] a, int at, byte[] chunk) {
        byte[] c = new byte[a.length + chunk.length];
        System.arraycopy(a, 0, c, 0, at);
        System.arraycopy(chunk, 0, c, at, chunk.length);
        System.arraycopy(a, at, c, at + chunk.length, a.length - at);
        return c;
    }

    private static String category(String reason) {
        String r = reason.substring(reason.indexOf(": ") + 2);
        int cut = r.indexOf(" (");
        return (cut > 0 ? r.substring(0, cut) : r).replaceAll("\\d+", "N");
    }

    private static List<Source> sources() throws Exception {
        List<Source> out = new ArrayList<>();
        Manifest seeds = Manifest.read(Path.of("seeds", Manifest.FILE_NAME));
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Source(p.getFileName().toString(), Files.readAllBytes(p),
                        seeds.get(p.getFileName().toString()).orElseThrow().year()));
            }
        }
        for (int year : new int[] {2022, 2025}) {
            Path p = Path.of("src/test/resources/corpus/national-" + year + ".txt");
            out.add(new Source(p.getFileName().toString(), Files.readAllBytes(p), year));
        }
        assertTrue(out.stream().allMatch(s -> new String(s.bytes(), StandardCharsets.UTF_8).length() > 1000));
        return out;
    }
}
