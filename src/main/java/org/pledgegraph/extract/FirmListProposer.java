package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the items of an enumeration of firms: "支持甲、乙、丙等企业扩产", "吸引甲、乙等10家头部机构入驻". Reports
 * name firms by their short brand, which carries no suffix, so the list's head noun after 等 is the only sign
 * that the items are firms. The head nouns are the general words for enterprises and financial institutions
 * (企业, 公司, 集团, 机构, 银行, 龙头, 链主, 品牌, 总部), not names. Proposed only for the judge to decide.
 * {@link #bigScience()} reads the same enumeration before the class of big research facilities (甲、乙等大科学装置).
 */
final class FirmListProposer implements Recognizer, Proposer {
    /** After 等: an optional count or quality words, then a firm head noun. */
    private static final Pattern HEAD = Pattern.compile(
            "^(?:[0-9一二三四五六七八九十百多余数]+(?:家|个)|一批|一大批)?[\\p{IsHan}]{0,8}?"
                    + "(?:企业|公司|集团|机构|银行|龙头|链主|品牌|总部|头部|央企|国企|外企|民企|券商|基金)");
    /**
     * After 等: the national reports' class of big research facilities (国家重大科技基础设施, 大科学装置), which are
     * named by their field alone ("甲、乙等重大科技基础设施").
     */
    private static final Pattern SCIENCE_HEAD = Pattern.compile(
            "^(?:[0-9一二三四五六七八九十]+(?:个|项|座))?[\\p{IsHan}]{0,4}?(?:科技基础设施|科学设施|科学装置|科学工程)");
    private final String source;
    private final EntityType type;
    private final Pattern head;

    /** Firms before a firm head noun. */
    FirmListProposer() {
        this("FirmList", EntityType.ENTERPRISE, HEAD);
    }

    private FirmListProposer(String source, EntityType type, Pattern head) {
        this.source = source;
        this.type = type;
        this.head = head;
    }

    /** Big research facilities before their class noun: the same enumeration, typed as facilities. */
    static FirmListProposer bigScience() {
        return new FirmListProposer("ScienceList", EntityType.FACILITY, SCIENCE_HEAD);
    }
    private static final int MIN_ITEM = 2;
    private static final int MAX_ITEM = 8;

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<EntityType> provides() {
        return List.of(type);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int etc = t.indexOf('等'); etc > 0; etc = t.indexOf('等', etc + 1)) {
            if (!Etc.closesList(t, etc) || !head(t, etc + 1)) {
                continue;
            }
            int end = etc;
            boolean first = true;
            while (end > 0) {
                int begin = end;
                while (begin > 0 && itemChar(t.charAt(begin - 1)) && end - begin < MAX_ITEM + 4) {
                    begin--;
                }
                boolean listJoint = begin > 0 && t.charAt(begin - 1) == '、';
                // the first item may follow a verb ("支持甲、乙等"): start after the last stop word
                int s = begin;
                for (int p = end - MIN_ITEM; p > begin && !listJoint; p--) {
                    if (NameScanner.stopEndingAt(t, p) != null) {
                        s = p;
                        break;
                    }
                }
                if (end - s >= MIN_ITEM && end - s <= MAX_ITEM && (listJoint || !first || s > begin || begin == 0
                        || !NameScanner.isNameChar(t.charAt(begin - 1)))) {
                    String name = t.substring(s, end);
                    if (!NameScanner.isGeneric(name) && NameScanner.stopStartingAt(t, s) == null) {
                        out.add(new Candidate(type, sentence.begin() + s, sentence.begin() + end, name,
                                null));
                    }
                }
                if (!listJoint) {
                    break;
                }
                first = false;
                end = begin - 1;
            }
        }
        return out;
    }

    private boolean head(String t, int from) {
        Matcher m = head.matcher(t.substring(from, Math.min(t.length(), from + 14)));
        return m.find();
    }

    private static boolean itemChar(char c) {
        return NameScanner.isNameChar(c) && c != '、' && c != '等';
    }
}
