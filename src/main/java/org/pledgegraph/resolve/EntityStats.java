package org.pledgegraph.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.StoredMention;

/**
 * What an entity's own mentions say about it over time, computed once per resolution so the continuity
 * queries read one row per entity instead of joining every mention with its document (at 1,000
 * documents those joins took seconds per query). Mentions of its phases or parts do not count, as in
 * the queries that read these figures. Every value is derived from mentions that carry their sentence.
 *
 * @param mentionCount      mentions of the entity
 * @param documentCount     documents naming it
 * @param firstYear         year of the earliest document naming it
 * @param lastYear          year of the latest document naming it
 * @param firstPromised     year of the earliest document with a commitment to it, or null
 * @param promiseDocuments  documents with a commitment to it
 * @param completedIn       the earliest year a report says it is completed or operating ({@code aboutYear},
 *                          else its document's year), from a document later than the first promise and
 *                          not before that promise's year; null when never or never promised
 * @param lastStage         the stage given in the latest document that gives one (the most advanced when
 *                          that document's sentences differ), or null
 * @param lastStageYear     that document's year, or null
 */
public record EntityStats(int mentionCount, int documentCount, int firstYear, int lastYear, Integer firstPromised,
                          int promiseDocuments, Integer completedIn, Stage lastStage, Integer lastStageYear) {

    /** Statistics of one entity from its own mentions; {@code mentions} must not be empty. */
    public static EntityStats of(Collection<StoredMention> mentions) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity has at least one mention");
        }
        Set<String> documents = new HashSet<>();
        Set<String> promising = new HashSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        Integer firstPromised = null;
        Stage lastStage = null;
        Integer lastStageYear = null;
        for (StoredMention m : mentions) {
            documents.add(m.document());
            first = Math.min(first, m.documentYear());
            last = Math.max(last, m.documentYear());
            if (m.modality() == Modality.COMMITMENT) {
                promising.add(m.document());
                firstPromised = firstPromised == null ? m.documentYear() : Math.min(firstPromised, m.documentYear());
            }
            if (m.stage() != null && (lastStageYear == null || m.documentYear() > lastStageYear
                    || m.documentYear() == lastStageYear && m.stage().compareTo(lastStage) > 0)) {
                lastStage = m.stage();
                lastStageYear = m.documentYear();
            }
        }
        return new EntityStats(mentions.size(), documents.size(), first, last, firstPromised, promising.size(),
                completedIn(mentions, firstPromised), lastStage, lastStageYear);
    }

    /**
     * A report valid for a later promise is valid for the first one too, so pairing with the first promise
     * alone gives the same year as pairing every promise with every report.
     */
    private static Integer completedIn(Collection<StoredMention> mentions, Integer firstPromised) {
        if (firstPromised == null) {
            return null;
        }
        Integer earliest = null;
        for (StoredMention m : mentions) {
            if (m.modality() == Modality.REPORT && (m.stage() == Stage.COMPLETED || m.stage() == Stage.OPERATING)
                    && m.documentYear() > firstPromised) {
                int year = m.year() != null ? m.year() : m.documentYear();
                if (year >= firstPromised && (earliest == null || year < earliest)) {
                    earliest = year;
                }
            }
        }
        return earliest;
    }
}
