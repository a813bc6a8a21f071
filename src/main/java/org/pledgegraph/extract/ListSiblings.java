package org.pledgegraph.extract;

import java.util.List;

/**
 * A second look at enumerations after the judge: an item of 甲、乙、丙 whose probability is below the threshold but
 * at or above a floor is kept when an item right next to it (joined by 、 only) of the same type is kept, since
 * the items of one enumeration are the same kind of thing. Repeats until nothing changes, so a kept item can
 * carry a chain.
 */
final class ListSiblings {
    /** A judged name: its candidate, sentence, probability and (mutable, one element) decision. */
    record Item(Candidate candidate, ScopedSentence sentence, double p, boolean[] keep) {
    }

    private ListSiblings() {
    }

    static void keep(List<Item> all, double floor) {
        java.util.Map<ScopedSentence, List<Item>> bySentence = new java.util.IdentityHashMap<>();
        all.forEach(i -> bySentence.computeIfAbsent(i.sentence(), s -> new java.util.ArrayList<>()).add(i));
        bySentence.values().forEach(items -> keepIn(items, floor));
    }

    private static void keepIn(List<Item> items, double floor) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Item a : items) {
                if (a.keep()[0] || a.p() < floor) {
                    continue;
                }
                for (Item b : items) {
                    if (b.keep()[0] && b.candidate().type() == a.candidate().type()
                            && adjacent(a, b)) {
                        a.keep()[0] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /** True when only a 、 stands between the two names. */
    private static boolean adjacent(Item a, Item b) {
        String t = a.sentence().text();
        int base = a.sentence().begin();
        Candidate x = a.candidate().begin() < b.candidate().begin() ? a.candidate() : b.candidate();
        Candidate y = x == a.candidate() ? b.candidate() : a.candidate();
        int at = x.end() - base;
        return y.begin() == x.end() + 1 && at >= 0 && at < t.length() && t.charAt(at) == '、';
    }
}
