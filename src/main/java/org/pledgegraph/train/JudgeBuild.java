package org.pledgegraph.train;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.extract.BoundaryStats;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.CharTagger;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.extract.StackFeatures;
import org.pledgegraph.model.InputException;

/**
 * Builds the files the extractor ships: the corpus specificity table ({@value Specificity#RESOURCE}), the
 * judge's model ({@value CandidateJudge#MODEL}) trained on the annotated documents, and a sidecar
 * ({@value #SIDECAR}) with the command, the counts and the SHA-256 of the training data and of the corpus.
 * No dates are written: the same inputs give byte-identical files.
 */
public final class JudgeBuild {
    public static final String SIDECAR = "candidate-judge.txt";

    private JudgeBuild() {
    }

    /** What was built. */
    public record Summary(int documents, int events, int keep, int tableRows, String trainingSha256,
                          String corpusSha256) {
    }

    public static Summary build(List<AnnotatedDocument> docs, Path corpus, Collection<String> excluded, int minimum,
                                Path out, String command) throws IOException {
        return build(docs, corpus, excluded, minimum, out, command, false);
    }

    /**
     * As above; with {@code tagger} also the learned proposer ({@value CharTagger#MODEL}, trained on the documents
     * it reads, {@link AnnotatedDocument#taggerReads}), the judge then learning from training documents tagged by
     * taggers that never saw them.
     */
    public static Summary build(List<AnnotatedDocument> docs, Path corpus, Collection<String> excluded, int minimum,
                                Path out, String command, boolean tagger) throws IOException {
        return build(docs, corpus, excluded, minimum, out, command, tagger, null);
    }

    /**
     * As above; with {@code stack} also a second pass ({@value CandidateJudge#STACK_MODEL}, {@link StackTraining}),
     * whose first pass is the judge trained as without it; without, any second pass in {@code out} is removed.
     */
    public static Summary build(List<AnnotatedDocument> docs, Path corpus, Collection<String> excluded, int minimum,
                                Path out, String command, boolean tagger, StackFeatures.Design stack) throws IOException {
        return build(docs, CorpusNames.scan(corpus), corpus, excluded, minimum, out, command, tagger, stack);
    }

    /**
     * As above, with the corpus already scanned ({@link CorpusNames#scan(Path, List, Collection)}: its boundary
     * statistics, {@value BoundaryStats#RESOURCE}, are written too).
     */
    public static Summary build(List<AnnotatedDocument> docs, CorpusNames names, Path corpus,
                                Collection<String> excluded, int minimum, Path out, String command, boolean tagger,
                                StackFeatures.Design stack) throws IOException {
        List<AnnotatedDocument> training = docs.stream().filter(d -> !excluded.contains(d.government())).toList();
        Specificity spec = names.specificity(excluded, minimum);
        List<Analysed> analysed = Analysed.of(training, Extractor.rules());
        List<Analysed> judged = tagger ? TaggerTraining.crossTagged(analysed) : analysed;
        MaxentModel model;
        MaxentModel second = null;
        int eventCount;
        int keep;
        if (stack == null) {
            List<Event> events = JudgeTrainer.events(judged, spec);
            model = JudgeTrainer.train(events);
            eventCount = events.size();
            keep = (int) events.stream().filter(e -> e.getOutcome().equals(CandidateJudge.KEEP)).count();
        } else {
            StackTraining.Judges j = StackTraining.train(judged, spec, List.of(stack));
            model = j.first();
            second = j.second().get(stack);
            eventCount = j.events();
            keep = j.keep();
        }
        Files.createDirectories(out);
        if (second == null) {
            Files.deleteIfExists(out.resolve(CandidateJudge.STACK_MODEL));
        } else {
            try (OutputStream o = Files.newOutputStream(out.resolve(CandidateJudge.STACK_MODEL))) {
                new GenericModelWriter((AbstractModel) second, new DataOutputStream(o)).persist();
            }
        }
        if (tagger) {
            try (OutputStream o = Files.newOutputStream(out.resolve(CharTagger.MODEL))) {
                TaggerTraining.train(analysed).write(o);
            }
        } else {
            Files.deleteIfExists(out.resolve(CharTagger.MODEL));
        }
        try (OutputStream o = Files.newOutputStream(out.resolve(CandidateJudge.MODEL))) {
            new GenericModelWriter((AbstractModel) model, new DataOutputStream(o)).persist();
        }
        writeBoundaries(names, spec.boundaries(), excluded, out, command);
        int governments = (int) names.byGovernment().keySet().stream().filter(g -> !excluded.contains(g)).count();
        List<Map.Entry<String, Specificity.Row>> rows = new ArrayList<>(spec.rows().entrySet());
        rows.sort(Comparator.<Map.Entry<String, Specificity.Row>>comparingInt(e -> -e.getValue().governments())
                .thenComparing(Map.Entry.comparingByKey()));
        StringBuilder table = new StringBuilder()
                .append("# How many governments' reports use each name (pledgegraph extract.Specificity): every name the\n")
                .append("# recognisers propose, with its boundary variants, in the reports of ").append(corpus.getFileName())
                .append(" (").append(governments).append(" governments by the manifest's jurisdiction")
                .append(excluded.isEmpty() ? "" : ", leaving out " + String.join(", ", excluded)).append(").\n")
                .append("# A general statistic of unannotated text, no gold. Regenerate: ").append(command).append('\n')
                .append("# corpus sha256 ").append(sha256(corpusFiles(corpus))).append('\n')
                .append("# Columns: name, governments using it, unrelated groups of them (a government and those it contains\n")
                .append("# or lies within, by GB/T 2260 parent codes, count once), the name's unique mark (text.NameMarks) or -.\n")
                .append("# A name of at least ").append(Specificity.CATEGORY_GROUPS)
                .append(" groups without a mark is a category (Specificity.isCategory).\n")
                .append("# minimum ").append(minimum).append('\n');
        rows.forEach(e -> table.append(e.getKey()).append('\t').append(e.getValue().governments()).append('\t')
                .append(e.getValue().groups()).append('\t')
                .append(e.getValue().mark() == null ? "-" : e.getValue().mark()).append('\n'));
        Files.writeString(out.resolve(Specificity.RESOURCE), table, StandardCharsets.UTF_8);
        List<Path> trainingFiles = new ArrayList<>();
        training.forEach(d -> {
            trainingFiles.add(d.goldFile());
            trainingFiles.add(d.textFile());
        });
        Summary s = new Summary(training.size(), eventCount, keep, rows.size(), sha256(trainingFiles),
                sha256(corpusFiles(corpus)));
        StringBuilder side = new StringBuilder()
                .append("# Candidate judge of pledgegraph (extract.CandidateJudge): Apache OpenNLP 2.5.6 GIS maximum entropy,\n")
                .append("# ").append(JudgeTrainer.ITERATIONS).append(" iterations, cutoff ").append(JudgeTrainer.CUTOFF)
                .append(", Gaussian prior sigma ").append(JudgeTrainer.SIGMA)
                .append(", outcomes keep/drop. Regenerate with:\n")
                .append(command).append('\n')
                .append("training documents\t").append(s.documents()).append('\n')
                .append("training events\t").append(s.events()).append(" (keep ").append(keep).append(")\n")
                .append("governments left out\t").append(String.join(", ", excluded)).append('\n')
                .append("char tagger\t").append(tagger ? CharTagger.MODEL + " (averaged perceptron, " + TaggerTraining.EPOCHS
                        + " epochs, the documents not marked judge only; judge events tagged by "
                        + TaggerTraining.GROUPS
                        + " cross-fitted taggers)" : "none").append('\n')
                .append("second pass\t").append(stack == null ? "none" : CandidateJudge.STACK_MODEL + " (same trainer, "
                        + "StackFeatures " + stack + ", first-pass probabilities of " + StackTraining.GROUPS
                        + " held-out groups of governments)").append('\n')
                .append("training data sha256\t").append(s.trainingSha256())
                .append("\t(gold TSV then text of each document, in this order)\n");
        training.forEach(d -> side.append("document\t").append(d.government()).append('\t')
                .append(d.gold().stem()).append(d.taggerReads() ? "" : "\tjudge only").append('\n'));
        side.append("corpus sha256\t").append(s.corpusSha256()).append("\t(").append(corpus.getFileName())
                .append("/*.txt and manifest.tsv, sorted)\n")
                .append("specificity rows\t").append(rows.size()).append(" (names of at least ").append(minimum)
                .append(" governments)\n");
        Files.writeString(out.resolve(SIDECAR), side, StandardCharsets.UTF_8);
        return s;
    }

    /** The boundary statistics as shipped: gzip TSV, a header naming the reports, their SHA-256 and the command. */
    private static void writeBoundaries(CorpusNames names, BoundaryStats b, Collection<String> excluded, Path out,
                                        String command) throws IOException {
        List<CorpusNames.Report> reports = names.boundaryReports(excluded);
        List<Path> files = reports.stream().map(CorpusNames.Report::file).sorted().toList();
        java.util.Set<Path> dirs = new java.util.TreeSet<>();
        files.forEach(f -> dirs.add(f.getParent().getFileName()));
        java.util.TreeSet<String> left = new java.util.TreeSet<>(excluded);
        left.addAll(names.boundaryExcluded());
        List<String> header = List.of(
                "Accessor variety of character bigrams (pledgegraph extract.BoundaryStats): bigram, times written, distinct",
                "characters right before it, distinct characters right after it (text edges count as one character),",
                "entropy of the character right before it and right after it in tenths of a bit (branching entropy).",
                "A general statistic of unannotated text, no gold: " + files.size() + " reports of " + dirs
                        + (left.isEmpty() ? "" : ", leaving out " + String.join(", ", left)) + ".",
                "Bigrams written at least " + BoundaryStats.MINIMUM + " times: " + b.size() + " rows.",
                "Regenerate: " + command,
                "reports sha256 " + sha256(files) + " (the reports' files in path order)");
        Files.createDirectories(out);
        try (OutputStream o = Files.newOutputStream(out.resolve(BoundaryStats.RESOURCE))) {
            b.write(o, header);
        }
    }

    private static List<Path> corpusFiles(Path corpus) {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")
                    || p.getFileName().toString().equals("manifest.tsv")).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new InputException(corpus.toString(), "cannot list: " + e.getMessage());
        }
    }

    static String sha256(List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
