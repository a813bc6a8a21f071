package org.pledgegraph.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.pledgegraph.train.AnnotatedDocument;

/**
 * Dev tool: how often the shared-head proposer's distributed names are gold names, split by whether a count of
 * "big" things (三大, 4大) stands between the members and the head, where the head may be the category the members
 * belong to rather than part of each member's name. Development and training documents only ({@link DevGoldDocuments}).
 *
 * <pre>java -cp /tmp/NAME.jar:target/test-classes org.pledgegraph.extract.SharedHeadDiagMain [list]</pre>
 */
public final class SharedHeadDiagMain {
    /** A count of "big" things (三大, 4大) between the last member and the head: the head is then a category. */
    private static final Pattern BIG = Pattern.compile("[一二两三四五六七八九十\\d]+大");

    private SharedHeadDiagMain() {
    }

    public static void main(String[] args) {
        boolean list = args.length > 0 && args[0].equals("list");
        Extractor x = Extractor.rules();
        int[][] n = new int[2][2];
        for (AnnotatedDocument d : DevGoldDocuments.load()) {
            if (DevGoldDocuments.EXCLUDED.stream().anyMatch(g -> d.government().contains(g))) {
                continue;
            }
            Extractor.Analysis a = x.analyse(d.meta(), d.text());
            Set<String> keys = d.entityKeys();
            for (Proposal p : x.proposals(a, Specificity.empty())) {
                if (!p.source().equals("SharedHead") || !p.variant().equals("rule")) {
                    continue;
                }
                String t = p.sentence().text();
                int b = p.candidate().begin() - p.sentence().begin();
                String before = t.substring(Math.max(0, b - 30), b);
                String covered = t.substring(b, p.candidate().end() - p.sentence().begin());
                boolean counted = BIG.matcher(covered).find();
                boolean gold = keys.contains(AnnotatedDocument.key(p.name()));
                n[counted ? 1 : 0][gold ? 1 : 0]++;
                if (list && counted) {
                    System.out.println((gold ? "GOLD\t" : "no\t") + p.name() + "\t" + before + "|"
                            + t.substring(b, Math.min(t.length(), p.candidate().end() - p.sentence().begin() + 4)));
                }
            }
        }
        System.out.printf("no count word: %d gold of %d%n", n[0][1], n[0][0] + n[0][1]);
        System.out.printf("count word:    %d gold of %d%n", n[1][1], n[1][0] + n[1][1]);
    }
}
