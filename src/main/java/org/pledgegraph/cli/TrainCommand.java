package org.pledgegraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.StackFeatures;
import org.pledgegraph.train.AnnotatedDocument;
import org.pledgegraph.train.CorpusNames;
import org.pledgegraph.train.GoldSets;
import org.pledgegraph.train.JudgeBuild;
import org.pledgegraph.train.LeaveOneGovernmentOut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the candidate judge from gold TSVs, or score it leave-one-government-out.",
                "Each --gold folder's <stem>.tsv is matched with <stem>.txt in one of the --texts folders (whose",
                "manifest.tsv gives the government). Writes candidate-judge.bin, name-governments.tsv, boundary-bigrams.tsv.gz and",
                "candidate-judge.txt to --out (ship them in src/main/resources/org/pledgegraph/extract/).",
                "--judge-gold folders are read the same way, for the judge and its second pass only.",
                "With --logo, prints per government the entity scores of the rules and of rules + judge instead."})
final class TrainCommand extends BaseCommand {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold TSVs (repeatable).")
    List<Path> gold;

    @Option(names = "--judge-gold", paramLabel = "DIR",
            description = {"Folder of gold TSVs the judge learns from but the character tagger does not (repeatable;",
                    "the tagger learns 'not a name' from every character a gold file leaves unmarked)."})
    List<Path> judgeGold = new ArrayList<>();

    @Option(names = "--texts", required = true, paramLabel = "DIR",
            description = "Folder of the annotated texts with a manifest.tsv (repeatable).")
    List<Path> texts;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "Reports with a manifest.tsv, for the table of how many governments use each name.")
    Path corpus;

    @Option(names = "--exclude-government", paramLabel = "NAME",
            description = {"A government left out of training and of the name table (repeatable): a held-out split.",
                    "With --logo, left out of every fold too: leave-one-out over the other governments only."})
    List<String> excluded = new ArrayList<>();

    @Option(names = "--boundary-corpus", paramLabel = "DIR",
            description = {"Unannotated reports (a folder of *.txt, with or without a manifest.tsv) whose character",
                    "bigrams make the boundary statistics, boundary-bigrams.tsv.gz (repeatable; default: --corpus)."})
    List<Path> boundaryCorpora = new ArrayList<>();

    @Option(names = "--boundary-exclude", paramLabel = "NAME",
            description = {"A government whose reports stay out of the boundary statistics (repeatable), besides",
                    "--exclude-government (and, with --logo, each fold's own)."})
    List<String> boundaryExcluded = new ArrayList<>();

    @Option(names = "--minimum", defaultValue = "3",
            description = "Names used by fewer governments are left out of the table (default: ${DEFAULT-VALUE}).")
    int minimum;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model, table and sidecar.")
    Path out;

    @Option(names = "--logo", description = "Leave-one-government-out scores instead of training.")
    boolean logo;

    @Option(names = "--fold", paramLabel = "NAME",
            description = {"With --logo, leave out in turn only these governments (repeatable; default: every one);",
                    "the others' documents stay in every fold's training."})
    List<String> folds = new ArrayList<>();

    @Option(names = "--threshold", defaultValue = "0.25", split = ",",
            description = "Judge thresholds to score with --logo (default: ${DEFAULT-VALUE}).")
    List<Double> thresholds;

    @Option(names = "--tagger", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"Also train the learned proposer (a character tagger whose spans the judge decides on):",
                    "per fold with --logo, else written as char-tagger.bin to --out (default: on; --no-tagger: rules",
                    "and proposers only, as before branch proposer8)."})
    boolean tagger;

    @Option(names = "--stack", paramLabel = "DESIGN", split = ",",
            description = {"A judge of two passes (a second model over the first pass's probabilities of each name's",
                    "neighbours), design FULL or SHORT: written as candidate-judge-stack.bin to --out (one design), or",
                    "with --logo scored beside the one-pass judge (repeatable; default: none)."})
    List<StackFeatures.Design> stack = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Path g : gold) {
            docs.addAll(GoldSets.load(g, texts, excluded));
        }
        java.util.Set<Path> read = new java.util.HashSet<>();
        docs.forEach(d -> read.add(d.goldFile().getFileName()));
        for (Path g : judgeGold) {
            for (AnnotatedDocument d : GoldSets.load(g, texts, excluded)) {
                if (!read.add(d.goldFile().getFileName())) {
                    throw new IllegalArgumentException("--judge-gold " + d.goldFile() + ": "
                            + d.goldFile().getFileName() + " is read by another gold folder too");
                }
                docs.add(d.judgeOnly());
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no gold TSV in " + gold
                    + (judgeGold.isEmpty() ? "" : " or " + judgeGold) + " has its text in " + texts);
        }
        if (tagger && docs.stream().noneMatch(AnnotatedDocument::taggerReads)) {
            throw new IllegalArgumentException("no --gold TSV in " + gold + " has its text in " + texts
                    + ": the tagger would learn from nothing (--judge-gold is the judge's only; or --no-tagger)");
        }
        if (logo) {
            CorpusNames names = scan();
            List<String> unknown = folds.stream()
                    .filter(f -> docs.stream().noneMatch(d -> d.government().equals(f))).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("--fold " + String.join(", ", unknown) + ": no gold document of it");
            }
            var scored = LeaveOneGovernmentOut.run(docs, names, minimum, thresholds, excluded,
                    g -> folds.isEmpty() || folds.contains(g), tagger, stack);
            out().print(LeaveOneGovernmentOut.table(scored, thresholds));
            out().flush();
            return PledgeGraph.OK;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required unless --logo");
        }
        if (stack.size() > 1) {
            throw new IllegalArgumentException("--stack: one design to build, not " + stack);
        }
        // A second pass learned over another first pass would judge with the wrong probabilities, so the build
        // removes it; say so, since the shipped judge has one (docs/extraction.md's command keeps it).
        boolean dropsSecondPass = stack.isEmpty()
                && Files.exists(out.resolve(CandidateJudge.STACK_MODEL));
        JudgeBuild.Summary s = JudgeBuild.build(docs, scan(), corpus, excluded, minimum, out, command(), tagger,
                stack.isEmpty() ? null : stack.get(0));
        if (dropsSecondPass) {
            err().println("note: removed " + out.resolve(CandidateJudge.STACK_MODEL)
                    + ": the judge is now one pass (add --stack FULL to train its second pass too)");
            err().flush();
        }
        out().printf("trained on %d documents (%d candidates, %d kept by the gold); %d names in the table; training data sha256 %s%n",
                s.documents(), s.events(), s.keep(), s.tableRows(), s.trainingSha256());
        out().flush();
        return PledgeGraph.OK;
    }

    private CorpusNames scan() {
        return CorpusNames.scan(corpus, boundaryCorpora.isEmpty() ? List.of(corpus) : boundaryCorpora,
                boundaryExcluded);
    }

    private String command() {
        StringBuilder b = new StringBuilder("./pledgegraph train");
        gold.forEach(g -> b.append(" --gold ").append(g));
        judgeGold.forEach(g -> b.append(" --judge-gold ").append(g));
        texts.forEach(t -> b.append(" --texts ").append(t));
        b.append(" --corpus ").append(corpus);
        boundaryCorpora.forEach(c -> b.append(" --boundary-corpus ").append(c));
        boundaryExcluded.forEach(x -> b.append(" --boundary-exclude ").append(x));
        excluded.forEach(x -> b.append(" --exclude-government ").append(x));
        b.append(" --minimum ").append(minimum).append(tagger ? "" : " --no-tagger");
        stack.forEach(d -> b.append(" --stack ").append(d));
        b.append(" --out ").append(out);
        return b.toString();
    }
}
