package org.pledgegraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pledgegraph.text.Normalizer;

/** Dev tool: learns {@link CharClusters} from the *.txt of the folders given and prints each fine class's commonest characters. */
public final class CharClustersMain {
    private CharClustersMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String a : args) {
            try (var s = Files.list(Path.of(a))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (n.startsWith("shenzhen-yantianqu") || n.startsWith("shenzhen-baoanqu") || n.startsWith("zhejiangsheng")
                            || n.startsWith("sichuansheng") || n.startsWith("shenzhen-nanshanqu")) {
                        continue;
                    }
                    texts.add(Normalizer.normalize(Files.readString(p)).text());
                }
            }
        }
        long t0 = System.nanoTime();
        CharClusters q = CharClusters.learn(texts);
        System.err.printf("%d texts, %.1f s%n", texts.size(), (System.nanoTime() - t0) / 1e9);
        int[] count = new int[65536];
        texts.forEach(t -> t.chars().forEach(c -> count[c]++));
        Map<Integer, List<Character>> by = new TreeMap<>();
        for (int c = 0; c < 65536; c++) {
            if (count[c] >= CharClusters.MINIMUM) {
                by.computeIfAbsent(q.coarse((char) c) * 1000 + q.fine((char) c), k -> new ArrayList<>()).add((char) c);
            }
        }
        by.forEach((k, cs) -> {
            cs.sort((x, y) -> count[y] - count[x]);
            StringBuilder b = new StringBuilder();
            cs.stream().limit(40).forEach(b::append);
            System.out.println(k / 1000 + "/" + k % 1000 + "\t" + cs.size() + "\t" + b);
        });
    }
}
