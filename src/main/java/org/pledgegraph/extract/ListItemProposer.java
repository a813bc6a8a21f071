package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * Proposes each member of an enumeration "甲、乙、丙" as written, whatever it ends in: reports list the things they
 * build, open or attract by their bare names (a firm's brand, a scenic spot, a hill, a station, a district's core),
 * and a member with no suffix is seen by no suffix recogniser, while a member that does end in a suffix may hold a
 * verb or a product the scanner stops at. The members between two joints are taken whole; the first starts where
 * the name scanner starts a name before the first joint; the last ends at 等, at punctuation or a stop word, or at
 * a final 和/及/与, after which one more member follows. A member takes the type its own suffix marks, else the
 * type of the first member that has one, else that of a firm (the suffixless kind most such members are).
 * Proposed only for the judge to decide, and only in a list where another recogniser already proposes a name
 * overlapping another member: lists of industries, topics and tasks have the same shape, and every member of every
 * list gave 60–70% more candidates than a fold's training fit in (branch recall16); with the anchor and no boundary
 * variants ({@link Extractor}) it adds 7% (dev) and keeps 81% (dev) and 66% (training) of the never-proposed names
 * every member recovered. Not registered: dev-only LOGO stayed below main (docs/evaluation-history.md, list17).
 */
final class ListItemProposer implements ReadsProposals, Proposer {
    static final String SOURCE = "ListItem";
    private static final int MIN_ITEM = 2;
    private static final int MAX_ITEM = 16;
    private static final String CONJUNCTIONS = "和及与";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.ENTERPRISE, EntityType.FACILITY, EntityType.PARK, EntityType.PROJECT,
                EntityType.ROAD);
    }

    /** It reads the names the recognisers before it found. */
    @Override
    public java.util.Set<Annotation> requires() {
        return java.util.EnumSet.of(Annotation.SENTENCES, Annotation.NAMES);
    }

    /** Nothing: without the other recognisers' names no list has an anchor. */
    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        return recognize(sentence, List.of());
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence, List<Candidate> found) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        int from = 0;
        for (int j = t.indexOf('、', from); j > 0; j = t.indexOf('、', from)) {
            List<int[]> items = new ArrayList<>();
            int s = NameScanner.start(t, j);
            if (s >= 0 && s < j) {
                items.add(new int[] {s, j});
            }
            int last = j;
            for (int k = nextJoint(t, j + 1); k > 0; k = nextJoint(t, last + 1)) {
                items.add(new int[] {last + 1, k});
                last = k;
            }
            int e = lastEnd(t, last + 1);
            items.add(new int[] {last + 1, e});
            if (e < t.length() && CONJUNCTIONS.indexOf(t.charAt(e)) >= 0) {
                items.add(new int[] {e + 1, lastEnd(t, e + 1)});
            }
            add(t, sentence.begin(), items, found, out);
            from = last + 1;
        }
        return out;
    }

    /** The joint 、 that closes the member starting at {@code b}, or -1 when the member ends otherwise. */
    private static int nextJoint(String t, int b) {
        for (int k = b; k < t.length() && k - b <= MAX_ITEM; k++) {
            char c = t.charAt(k);
            if (c == '、') {
                return k > b ? k : -1;
            }
            if (!itemChar(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** End of the last member starting at {@code b}: 等 closing the list, a stop word, a conjunction or punctuation. */
    private static int lastEnd(String t, int b) {
        int k = b;
        while (k < t.length() && itemChar(t.charAt(k)) && k - b <= MAX_ITEM) {
            if (k > b + 1 && (Etc.closesList(t, k) || CONJUNCTIONS.indexOf(t.charAt(k)) >= 0
                    || NameScanner.stopStartingAt(t, k) != null)) {
                break;
            }
            k++;
        }
        return k;
    }

    /** Letters, digits and Han characters, and the quotes and middle dot inside a name ("“甲乙”丙丁", "甲·乙"). */
    private static boolean itemChar(char c) {
        return c != '、' && (NameScanner.isNameChar(c) || "“”·".indexOf(c) >= 0);
    }

    /** Whether another recogniser proposed a name of two characters or more overlapping the member. */
    private static boolean anchored(int base, int[] item, List<Candidate> found) {
        for (Candidate c : found) {
            if (c.name().length() >= 2 && c.begin() - base < item[1] && c.end() - base > item[0]) {
                return true;
            }
        }
        return false;
    }

    private static void add(String t, int base, List<int[]> items, List<Candidate> found, List<Candidate> out) {
        int anchors = 0;
        EntityType shared = null;
        for (int[] i : items) {
            anchors += anchored(base, i, found) ? 1 : 0;
            if (shared == null) {
                shared = Suffixes.typeOf(t.substring(i[0], i[1]));
            }
        }
        for (int[] i : items) {
            String name = t.substring(i[0], i[1]);
            if (anchors - (anchored(base, i, found) ? 1 : 0) == 0 || name.length() < MIN_ITEM
                    || name.length() > MAX_ITEM || NameScanner.isGeneric(name)
                    || NameScanner.stopStartingAt(t, i[0]) != null || !balanced(name)) {
                continue;
            }
            EntityType own = Suffixes.typeOf(name);
            EntityType type = own != null ? own : shared != null ? shared : EntityType.ENTERPRISE;
            out.add(new Candidate(type, base + i[0], base + i[1], name, null));
        }
    }

    /** Quotes open and close inside the member. */
    private static boolean balanced(String name) {
        return name.chars().filter(c -> c == '“').count() == name.chars().filter(c -> c == '”').count();
    }
}
