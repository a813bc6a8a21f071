package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the proper names of mountains, rivers, lakes, islands and villages (某某山, 某某河, 某某湖, 某某岛, 某某村):
 * reports name them bare or at the head of a longer name ("某某山步道", "某某河碧道"), and they carry none of the
 * facility suffixes. The classes are the generic terms of the national geographical names standard (GB/T
 * 18521: 山, 河, 湖, 岛; 村 for villages); bodies of two or three characters only, starting where a name may start,
 * so that 青山 or 山河 alone are never proposed. Only for the judge to decide.
 */
final class LandformProposer implements Recognizer, Proposer {
    private static final String TERMS = "山河湖岛村";
    private static final int MIN_BODY = 2;
    private static final int MAX_BODY = 3;

    @Override
    public String source() {
        return "Landform";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.FACILITY, EntityType.PROJECT);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int e = MIN_BODY + 1; e <= t.length(); e++) {
            char term = t.charAt(e - 1);
            if (TERMS.indexOf(term) < 0) {
                continue;
            }
            for (int body = MIN_BODY; body <= MAX_BODY; body++) {
                int b = e - 1 - body;
                if (b < 0 || !startsName(t, b) || !plainBody(t, b, e - 1)) {
                    continue;
                }
                EntityType type = term == '村' ? EntityType.PROJECT : EntityType.FACILITY; // villages: urban renewal
                out.add(new Candidate(type, sentence.begin() + b, sentence.begin() + e, t.substring(b, e), null));
            }
        }
        return out;
    }

    /** A name may start at {@code i}: the sentence start, punctuation, a list joint or a stop word before it. */
    private static boolean startsName(String t, int i) {
        return i == 0 || !NameScanner.isNameChar(t.charAt(i - 1)) || t.charAt(i - 1) == '、'
                || NameScanner.stopEndingAt(t, i) != null;
    }

    /** Han characters with no stop word starting inside, and not a generic word. */
    private static boolean plainBody(String t, int b, int e) {
        for (int j = b; j < e; j++) {
            char c = t.charAt(j);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || c == '、' || c == '等'
                    || NameScanner.stopStartingAt(t, j) != null || NameScanner.isNumeral(c)) {
                return false;
            }
        }
        return !NameScanner.isGeneric(t.substring(b, e));
    }
}
