package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Proposes urban rail lines, which are named by number ("8号线", "地铁3号线东延", "轨道14、16号线", "16号线二期"):
 * the suffix recognisers take a body of digits for a generic one and stop before a verb they do not know
 * ("…号线开通"). The words are those of urban rail transit statistics (线路 numbered N号线, 延长线 written
 * 东延/南延, 期 for construction phases). Proposed only for the judge to decide (typed as projects: the
 * reports name a line when they report building it).
 */
final class NumberedLineProposer implements Recognizer, Proposer {
    private static final Pattern LINE = Pattern.compile(
            "(?:城市轨道交通|轨道交通|地铁|轨道)?\\d{1,2}(?:[、和]\\d{1,2})*号线(?:[东西南北]延(?:线)?)?(?:[一二三四五六七八九十]期)?"
                    + "(?:（[^（）]{1,6}段）)?");

    @Override
    public String source() {
        return "Line";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.PROJECT);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = LINE.matcher(t);
        while (m.find()) {
            if (m.start() > 0 && Character.isDigit(t.charAt(m.start() - 1))) {
                continue; // part of a longer number
            }
            out.add(new Candidate(EntityType.PROJECT, sentence.begin() + m.start(), sentence.begin() + m.end(),
                    m.group(), null));
        }
        return out;
    }
}
