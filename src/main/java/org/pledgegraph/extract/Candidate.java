package org.pledgegraph.extract;

import java.util.Objects;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Figure;

/**
 * What a recogniser found, before stage, modality and year are attached.
 *
 * @param type   entity type
 * @param begin  first char, normalised offset into the whole text
 * @param end    end (exclusive), normalised offset
 * @param name   the name; differs from the covered text only for coordinations whose shared
 *               part was distributed ("A、B项目" → "A项目" covering "A、B项目"), a lone member before 等 included
 *               ("A等5个商圈" → "A商圈")
 * @param figure the number, for targets and actuals
 * @param year   the year the text states for this figure itself ("由2015年的1000万元"), or null: the sentence's
 */
public record Candidate(EntityType type, int begin, int end, String name, Figure figure, Integer year) {
    /** A candidate whose year is the sentence's. */
    public Candidate(EntityType type, int begin, int end, String name, Figure figure) {
        this(type, begin, end, name, figure, null);
    }

    public Candidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad candidate span " + begin + "-" + end + " for " + name);
        }
    }

    public int length() {
        return end - begin;
    }

    @Override
    public String toString() {
        return type.key() + "[" + begin + "-" + end + "]" + name;
    }
}
