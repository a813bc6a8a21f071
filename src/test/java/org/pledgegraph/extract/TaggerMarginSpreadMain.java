package org.pledgegraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.DocumentMeta;

/**
 * The spread of the tagger's leads ({@link CharTagger.Scored}) at the candidates of unannotated reports, to fix
 * {@link TaggerConfidenceFeatures}' bins before any LOGO: {@code TaggerMarginSpreadMain FILE...} prints quantiles
 * of the lead of B at a candidate's first character, of I over its other characters and of the decoder's margin.
 */
public final class TaggerMarginSpreadMain {
    private TaggerMarginSpreadMain() {
    }

    public static void main(String[] args) throws Exception {
        Extractor x = Extractor.defaults();
        List<Float> begin = new ArrayList<>();
        List<Float> inside = new ArrayList<>();
        List<Float> end = new ArrayList<>();
        List<Float> margin = new ArrayList<>();
        for (String file : args) {
            String text = Files.readString(Path.of(file));
            Extractor.Analysis a = x.analyse(new DocumentMeta(Path.of(file).getFileName().toString(), "t", null, 2025,
                    "", "", ""), text);
            List<CharTagger.Scored> scores = a.scores();
            for (CharTagger.Scored s : scores) {
                for (float m : s.margin()) {
                    margin.add(m);
                }
            }
            for (Proposal p : x.proposals(a, Specificity.empty())) {
                int i = indexOf(a, p.sentence());
                CharTagger.Scored s = scores.get(i);
                int b = p.candidate().begin() - p.sentence().begin();
                int e = p.candidate().end() - p.sentence().begin();
                begin.add(s.begin()[b]);
                for (int k = b + 1; k < e; k++) {
                    inside.add(s.inside()[k]);
                }
                if (e < s.inside().length) {
                    end.add(-s.inside()[e]);
                }
            }
        }
        print("margin (all chars)", margin);
        print("begin at candidate start", begin);
        print("inside over candidate", inside);
        print("-inside after candidate end", end);
    }

    private static int indexOf(Extractor.Analysis a, ScopedSentence s) {
        List<CharTagger.Scored> scores = a.scores();
        for (int i = 0; i < scores.size(); i++) {
            if (a.sentences().get(i) == s) {
                return i;
            }
        }
        throw new IllegalStateException("sentence not found");
    }

    private static void print(String what, List<Float> xs) {
        float[] v = new float[xs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = xs.get(i);
        }
        java.util.Arrays.sort(v);
        StringBuilder b = new StringBuilder(what + " n=" + v.length + ":");
        for (double q : new double[] {0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95}) {
            b.append(String.format(java.util.Locale.ROOT, " q%.2f=%.2f", q, v[(int) (q * (v.length - 1))]));
        }
        System.out.println(b);
    }
}
