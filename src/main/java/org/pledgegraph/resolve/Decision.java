package org.pledgegraph.resolve;

import java.util.List;

/**
 * One resolution decision, kept so a researcher can ask why two names were or were not joined.
 *
 * @param rule      the rule id, e.g. {@code drop-admin-prefix}, {@code curation-same}, {@code ambiguous:wording-variant}
 * @param outcome   merged, related (see {@code relation}) or kept apart
 * @param relation  for {@link Outcome#RELATED}, the relation asserted; else null
 * @param score     the rule's score in [0, 1]
 * @param left      the entity the first name ended up in (for a relation: its subject)
 * @param right     the entity the second name ended up in (for a relation: its object; for a merge the same as left)
 * @param leftName  the first normalised name compared
 * @param rightName the second normalised name compared
 * @param mentions  IRIs of the mentions of both names, sorted
 */
public record Decision(String rule, Outcome outcome, Relation.Kind relation, double score, EntityRef left,
                       EntityRef right, String leftName, String rightName, List<String> mentions) {
    /** What was decided. */
    public enum Outcome { MERGED, RELATED, KEPT_APART }

    @Override
    public String toString() {
        return rule + " " + outcome + (relation == null ? "" : "/" + relation) + " " + leftName + " | " + rightName;
    }
}
