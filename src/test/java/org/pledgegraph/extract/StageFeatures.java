package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/**
 * What a learned stage decision sees of a mention: the rules' own reading ({@link Cues}: its stage and the rule
 * that gave it), the stage cues before and after the name's list in its clause ({@link ListScope}), the
 * sentence's time scope and year, the modality, the entity type and the name's place in its list. The rule's
 * output is a feature so that a model learns where to trust it rather than relearning the cues.
 */
final class StageFeatures {
    private static final int EDGE = 2;

    private StageFeatures() {
    }

    /**
     * Features of the mention {@code [begin, end)} of sentence {@code s} (offsets in its text), typed
     * {@code type}, among the sentence's other names {@code members}; {@code docYear} is the report's year.
     */
    static List<String> of(ScopedSentence s, int begin, int end, EntityType type, List<int[]> members, int docYear,
            StageReading reading, Modality modality) {
        String t = s.text();
        TimeScope scope = s.scope();
        int from = Clause.start(t, begin);
        int to = Clause.end(t, end);
        int first = ListScope.start(t, begin, from, members);
        int last = ListScope.membersEnd(t, end, to, members);
        int anchor = ListScope.end(t, end, to, members);
        String rule = key(reading.stage());
        String sc = scope.name().substring(0, 4);
        List<String> f = new ArrayList<>();
        f.add("rule=" + rule);
        f.add("why=" + reading.rule());
        f.add("why=" + reading.rule() + "|" + rule);
        f.add("scope=" + sc);
        f.add("scope|rule=" + sc + "|" + rule);
        f.add("scope|why=" + sc + "|" + reading.rule());
        f.add("type=" + (type == null ? "" : type.key()));
        f.add("type|rule=" + (type == null ? "" : type.key()) + "|" + rule);
        f.add("mod=" + (modality == null ? "" : modality.key()));
        if (s.heading()) {
            f.add("heading");
        }
        Integer y = s.year();
        f.add("year=" + (y == null ? "none" : y < docYear ? "past" : y > docYear ? "future" : "same"));
        String pos = first < begin ? (last > end ? "mid" : "last") : last > end ? "first" : "single";
        f.add("pos=" + pos);
        f.add("pos|rule=" + pos + "|" + rule);
        if (anchor > last) {
            f.add("sharedhead");
        }
        f.add(first == from ? "opens-clause" : "inside-clause");
        f.add(anchor == to ? "closes-clause" : "before-words");
        f.add("pre=" + t.substring(Math.max(from, first - EDGE), first));
        f.add("post=" + t.substring(anchor, Math.min(to, anchor + EDGE)));
        Cues.Nearest near = Cues.nearest(t, from, first, anchor, to);
        if (near != null) {
            String side = near.before() ? "b" : "a";
            f.add("near=" + side + ":" + near.cue().word());
            f.add("nearst=" + side + ":" + key(near.cue().in(scope)));
            f.add("nearst|rule=" + side + ":" + key(near.cue().in(scope)) + "|" + rule);
        } else {
            f.add("near=none");
        }
        // every cue of the clause, by side: what the nearest one hides (推进…建成, 支持…开工)
        for (StageCue c : StageWords.STAGE_CUES) {
            int i = t.indexOf(c.word(), from);
            if (i >= 0 && i < to) {
                String side = i + c.word().length() <= first ? "b" : i >= anchor ? "a" : "in";
                f.add("cue=" + side + ":" + c.word());
                f.add("cuest=" + side + ":" + key(c.in(scope)));
            }
        }
        int next = to < t.length() ? Clause.end(t, to + 1) : to;
        for (StageCue c : StageWords.STAGE_CUES) {
            int i = t.indexOf(c.word(), to);
            if (i >= 0 && i < next) {
                f.add("nextst=" + key(c.in(scope)));
            }
        }
        return f;
    }

    private static String key(Stage s) {
        return s == null ? "none" : s.key();
    }
}
