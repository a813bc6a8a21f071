package org.pledgegraph.train;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.model.DocumentMeta;

/**
 * A gold-annotated document with its text.
 *
 * @param government the jurisdiction that issued it (the fold of leave-one-government-out)
 * @param meta       its metadata (from the manifest beside the text)
 * @param text       the original text
 * @param gold       its gold rows
 * @param goldFile   where the gold rows were read
 * @param textFile   where the text was read
 * @param taggerReads whether the character tagger learns from it too ({@code false}: the judge only, see
 *                    {@link #judgeOnly()})
 */
public record AnnotatedDocument(String government, DocumentMeta meta, String text, GoldDocument gold, Path goldFile,
                                Path textFile, boolean taggerReads) {
    public AnnotatedDocument {
        Objects.requireNonNull(government, "government");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gold, "gold");
    }

    /** A document both the tagger and the judge learn from. */
    public AnnotatedDocument(String government, DocumentMeta meta, String text, GoldDocument gold, Path goldFile,
                             Path textFile) {
        this(government, meta, text, gold, goldFile, textFile, true);
    }

    /**
     * This document for the judge alone. The tagger learns "not a name" from every character the gold leaves
     * unmarked, so gold of reports that name fewer things taught it to miss names: with session 25's 34 reports in
     * every fold's tagger and judge, dev-only leave-one-government-out fell 0.7777 → 0.7740; in the judge's alone it
     * rose to 0.7812 (docs/evaluation-history.md, "Session 25" and "Session 26").
     */
    public AnnotatedDocument judgeOnly() {
        return new AnnotatedDocument(government, meta, text, gold, goldFile, textFile, false);
    }

    /** Lenient keys of every gold entity name and alias, compared as the scorer does. */
    public Set<String> entityKeys() {
        Set<String> keys = new HashSet<>();
        gold.entities().forEach(r -> r.names().forEach(n -> keys.add(key(n))));
        return keys;
    }

    /** The lenient key of a name: NFKC, no quotes or spaces, no trailing 项目/工程/建设. */
    public static String key(String name) {
        return Specificity.key(Normalizer.normalize(name, Normalizer.Form.NFKC));
    }
}
