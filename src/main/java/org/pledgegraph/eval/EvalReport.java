package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The result of an evaluation: one {@link DocumentScore} per gold document, the stems that had predictions
 * but no gold file (not scored), the government of each document, the split, and the continuity pairs.
 * Totals are micro-averaged over all documents ({@link #total()}), per government and per set.
 *
 * @param documents     per-document scores
 * @param unscoredStems stems with predictions but no gold
 * @param governments   government by stem; a stem missing here is grouped by its file-name prefix
 * @param split         the evaluation split
 * @param reappear      continuity pair scores
 */
public record EvalReport(List<DocumentScore> documents, List<String> unscoredStems, Map<String, String> governments,
                         Split split, List<ReappearScore> reappear) {
    /** Misses, false positives and disagreements listed per document in {@link #format()}. */
    public static final int DEFAULT_LIST_CAP = 40;

    public EvalReport {
        documents = List.copyOf(documents);
        unscoredStems = List.copyOf(unscoredStems);
        governments = Map.copyOf(governments);
        reappear = List.copyOf(reappear);
    }

    /** Documents only, governments from file names, no split. */
    public EvalReport(List<DocumentScore> documents, List<String> unscoredStems) {
        this(documents, unscoredStems, Map.of(), Split.NONE, List.of());
    }

    /**
     * The government a document speaks for: as given, else that of a document with the same file-name
     * prefix (a report missing from the store still joins its government), else the prefix itself.
     */
    public String governmentOf(String stem) {
        String g = governments.get(stem);
        if (g != null) {
            return g;
        }
        String prefix = Governments.prefixOf(stem);
        return governments.entrySet().stream().filter(e -> Governments.prefixOf(e.getKey()).equals(prefix))
                .map(Map.Entry::getValue).sorted().findFirst().orElse(prefix);
    }

    /** The set of the split a document belongs to ({@link Split#UNASSIGNED} when not listed). */
    public String setOf(String stem) {
        return split.setOf(stem, governmentOf(stem));
    }

    /** All documents and pairs. */
    public GroupScore total() {
        return new GroupScore("ALL", documents, reappear);
    }

    /** One group per government, sorted by name. */
    public List<GroupScore> byGovernment() {
        return group(this::governmentOf);
    }

    /** One group per set of the split, sorted by name. */
    public List<GroupScore> bySet() {
        return group(this::setOf);
    }

    private List<GroupScore> group(Function<String, String> key) {
        Map<String, List<DocumentScore>> docs = new TreeMap<>();
        Map<String, List<ReappearScore>> pairs = new TreeMap<>();
        documents.forEach(d -> docs.computeIfAbsent(key.apply(d.stem()), k -> new ArrayList<>()).add(d));
        // A pair belongs where its earlier document does.
        reappear.forEach(r -> pairs.computeIfAbsent(key.apply(r.gold().firstStem()), k -> new ArrayList<>()).add(r));
        TreeMap<String, GroupScore> groups = new TreeMap<>();
        docs.keySet().forEach(k -> groups.put(k, null));
        pairs.keySet().forEach(k -> groups.put(k, null));
        groups.replaceAll((k, v) -> new GroupScore(k, docs.getOrDefault(k, List.of()), pairs.getOrDefault(k, List.of())));
        return List.copyOf(groups.values());
    }

    public Score entities() {
        return total().entities();
    }

    public Score strictEntities() {
        return total().strictEntities();
    }

    public Score figures() {
        return total().figures();
    }

    public Attributes entityAttributes() {
        return total().entityAttributes();
    }

    public Attributes figureAttributes() {
        return total().figureAttributes();
    }

    /** Plain-text report: overall, per government, per set, per document, reappear pairs, then capped error lists. */
    public String format() {
        return format(DEFAULT_LIST_CAP);
    }

    /** As {@link #format()}, listing at most {@code cap} items of each kind per document. */
    public String format(int cap) {
        return new ReportFormatter(this, cap).format();
    }

    /**
     * Tab-separated summary: a header, one line per document, per government ({@code gov:NAME}), per set
     * ({@code set:NAME}) and {@code ALL}; then, after a blank line, one line per continuity pair.
     */
    public String toTsv() {
        return ReportFormatter.tsv(this);
    }
}
