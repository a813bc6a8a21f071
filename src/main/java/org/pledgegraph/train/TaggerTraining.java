package org.pledgegraph.train;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.extract.CharTagger;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.EntityType;

/**
 * Trains the learned proposer ({@link CharTagger}) from gold names and gives training documents the spans of a
 * tagger that never saw them. A tagger that saw a document finds nearly every name of it, so a judge trained on
 * its spans would trust them far more than they deserve on a new government: each training document is
 * instead tagged by a tagger trained without its group of governments ({@value #GROUPS} groups, governments
 * in sorted order dealt round).
 */
public final class TaggerTraining {
    public static final int EPOCHS = 5;
    public static final int GROUPS = 4;

    private TaggerTraining() {
    }

    /** A tagger trained on every name and alias of the documents it reads ({@link AnnotatedDocument#taggerReads}). */
    public static CharTagger train(List<Analysed> docs) {
        List<CharTagger.Sequence> data = new ArrayList<>();
        for (Analysed a : docs) {
            if (a.analysis() == null || !a.doc().taggerReads()) {
                continue;
            }
            Map<String, EntityType> names = new HashMap<>();
            for (GoldRow r : a.doc().gold().entities()) {
                for (String n : r.names()) {
                    names.putIfAbsent(n, r.type());
                    names.putIfAbsent(Normalizer.normalize(n, Normalizer.Form.NFKC), r.type());
                }
            }
            data.addAll(Extractor.sequences(a.analysis(), names));
        }
        return CharTagger.train(data, EPOCHS);
    }

    /** The documents with the spans of {@code t}. */
    public static List<Analysed> tagged(List<Analysed> docs, CharTagger t) {
        return docs.stream().map(a -> a.analysis() == null ? a
                : new Analysed(a.doc(), Extractor.tagged(a.analysis(), t))).toList();
    }

    /** Each document with the spans of a tagger trained on the other groups' documents (same order). */
    public static List<Analysed> crossTagged(List<Analysed> docs) {
        List<Analysed> out = new ArrayList<>(docs);
        for (Set<String> group : DealtGroups.of(docs.stream().map(a -> a.doc().government()).toList(), GROUPS)) {
            CharTagger t = train(docs.stream().filter(a -> !group.contains(a.doc().government())).toList());
            for (int i = 0; i < docs.size(); i++) {
                Analysed a = docs.get(i);
                if (group.contains(a.doc().government()) && a.analysis() != null) {
                    out.set(i, new Analysed(a.doc(), Extractor.tagged(a.analysis(), t)));
                }
            }
        }
        return out;
    }
}
