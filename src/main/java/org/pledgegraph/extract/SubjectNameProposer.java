package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the short names a report writes as the subject of an award, a listing or an opening: "甲入选全国…名单",
 * "甲、乙获评国家级…", "甲、乙等正式开业", "甲成功上市". Firms by their brand, scenic spots and villages carry no
 * suffix, so no other recogniser sees them; the verb after them is the only sign that they are one thing's name.
 * The verbs are the general verbs of recognition, approval and opening (入选, 获评, 荣获, 获批, 成功, 正式, 开业,
 * 挂牌, 投产, 落户, 建成, …), not names. Each item must start a clause or follow a list joint 、 and hold no stop
 * word inside. Typed as a firm (the suffixless kind most such subjects are); proposed only for the judge to decide.
 */
final class SubjectNameProposer implements Recognizer, Proposer {
    /** The verb right after the subject (or after its list's 等). Longer verbs first, so 获评 is not read as 获. */
    private static final Pattern VERB = Pattern.compile(
            "(?:等)?(?:入选|入围|获评|荣获|获批|获颁|获得|获|成功|正式|成为|进入|跻身|晋级|登陆|挂牌|开业|投产|落户|建成)");
    private static final int MIN_ITEM = 2;
    private static final int MAX_ITEM = 8;

    @Override
    public String source() {
        return "Subject";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.ENTERPRISE);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher v = VERB.matcher(t);
        for (int at = 1; at < t.length(); at++) {
            // the char before must end a name; a 等 before the verb was read where the 等 starts
            if (t.charAt(at - 1) == '等' || !BrandProposer.isHan(t.substring(at - 1, at))
                    || !v.region(at, t.length()).lookingAt()) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int end = at;
            while (true) {
                int begin = end;
                while (begin > 0 && BrandProposer.isHan(t.substring(begin - 1, begin)) && end - begin <= MAX_ITEM) {
                    begin--;
                }
                boolean clauseStart = begin == 0 || !NameScanner.isNameChar(t.charAt(begin - 1));
                boolean joint = begin > 0 && t.charAt(begin - 1) == '、';
                if (!(clauseStart || joint) || end - begin < MIN_ITEM || end - begin > MAX_ITEM) {
                    items.clear(); // not a whole list of short names: a longer clause runs into the verb
                    break;
                }
                items.add(new int[] {begin, end});
                if (!joint) {
                    break;
                }
                end = begin - 1;
            }
            for (int[] it : items) {
                String name = t.substring(it[0], it[1]);
                if (plausible(t, it[0], it[1], name)) {
                    out.add(new Candidate(EntityType.ENTERPRISE, sentence.begin() + it[0], sentence.begin() + it[1],
                            name, null));
                }
            }
        }
        return out;
    }

    /** Not a generic word, no stop word (a verb, a particle) at its start or inside, no verb of the class (甲正式开业). */
    private static boolean plausible(String t, int begin, int end, String name) {
        if (NameScanner.isGeneric(name) || NameScanner.stopStartingAt(t, begin) != null || VERB.matcher(name).find()) {
            return false;
        }
        return BrandProposer.hanRun(t, begin, MIN_ITEM, end - begin) == end - begin;
    }
}
