package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Proposal;

/**
 * Dev tool beside {@link NeverProposedMain}: each never-proposed gold name of one gold directory with the first
 * sentence that writes it (the name in brackets) and the proposals overlapping it there (name/source/variant), to
 * group the misses by construction. Args: gold directory, output TSV. Held-out governments skipped before reading.
 */
public final class NeverProposedNearMain {
    private NeverProposedNearMain() {
    }

    public static void main(String[] args) throws IOException {
        List<AnnotatedDocument> docs = NeverProposedMain.goldDocuments(Path.of(args[0]));
        Extractor rules = Extractor.rules();
        StringBuilder out = new StringBuilder("gov\tdoc\ttype\tname\tsentence\tnear\n");
        for (Analysed a : Analysed.of(docs, rules)) {
            if (a.analysis() == null) {
                continue;
            }
            List<Proposal> ps = rules.proposals(a.analysis(), null);
            Set<String> proposed = new HashSet<>();
            ps.forEach(p -> proposed.add(AnnotatedDocument.key(p.name())));
            for (GoldRow r : a.doc().gold().entities()) {
                if (r.names().stream().anyMatch(n -> proposed.contains(AnnotatedDocument.key(n)))) {
                    continue;
                }
                String sentence = "-";
                Set<String> near = new LinkedHashSet<>();
                for (Proposal p : ps) {
                    String t = p.sentence().text();
                    int at = t.indexOf(r.name());
                    if (at < 0) {
                        continue;
                    }
                    if (sentence.equals("-")) {
                        sentence = t.substring(Math.max(0, at - 20), at) + "【" + r.name() + "】"
                                + t.substring(at + r.name().length(), Math.min(t.length(), at + r.name().length() + 20));
                    }
                    int b = p.sentence().begin() + at;
                    int e = b + r.name().length();
                    int pb = p.candidate().begin();
                    int pe = p.candidate().end();
                    if (pb < e && pe > b) {
                        String rel = pe == e ? (pb > b ? "late" : "early") : pb == b ? (pe < e ? "short" : "long")
                                : pb >= b && pe <= e ? "inside" : pb <= b && pe >= e ? "around" : "cross";
                        near.add(rel + ":" + p.name() + "/" + p.source() + "/" + p.variant());
                    }
                }
                out.append(a.doc().government()).append('\t').append(a.doc().gold().stem()).append('\t')
                        .append(r.type().key()).append('\t').append(r.name()).append('\t').append(sentence)
                        .append('\t').append(String.join(" ", near)).append('\n');
            }
        }
        Files.writeString(Path.of(args[1]), out);
    }
}
