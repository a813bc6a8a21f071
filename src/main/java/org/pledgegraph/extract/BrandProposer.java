package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the firm at the head of a longer name: a plant, a research centre or a product line named after
 * its firm ("某某全球研发中心", "某某锂离子电池产业园", "某某乘用车技改") starts with the firm's short name, followed by
 * a product, an industry or a corporate unit. The words that may follow are the keywords of the industry
 * lexicon ({@code industries.tsv}, GB/T 4754-2017 class words) and the product and unit nouns below, also
 * class words of GB/T 4754-2017 (C361 汽车整车制造: 乘用车, 商用车; C384 电池制造; C397 电子器件制造: 芯片, 面板,
 * 半导体, 集成电路; C27 医药制造) and the general nouns of a firm's units (总部, 研发中心, 生产基地). Proposed only
 * for the judge to decide.
 */
final class BrandProposer implements Recognizer, Proposer {
    private static final List<String> UNITS = List.of("全球", "总部", "研发", "研究院", "创新中心", "生产基地", "基地",
            "产业园", "智造", "智能", "高端", "新型", "新一代", "乘用车", "商用车", "整车", "汽车", "电池", "锂离子",
            "动力电池", "半导体", "集成电路", "芯片", "面板", "显示", "光电", "光伏", "材料", "生物", "生命科学", "医药",
            "医疗", "仪器", "设备", "通信", "终端", "模组", "精密", "扩产", "技改", "二期", "三期", "新能源", "储能");
    private static final int MIN_BRAND = 2;
    private static final int MAX_BRAND = 5;
    /** How far after the brand a name's suffix may end. */
    private static final int WINDOW = 16;
    private final WordIndex words;

    BrandProposer(Lexicon industries) {
        this.words = units(industries);
    }

    /** The product, industry and unit words that may follow a firm's short name, longest first. */
    static WordIndex units(Lexicon industries) {
        List<String> w = new ArrayList<>(UNITS);
        industries.keywords().stream().filter(k -> k.length() >= 2 && !w.contains(k)).forEach(w::add);
        w.sort(Comparator.comparingInt(String::length).reversed());
        return new WordIndex(w);
    }

    @Override
    public String source() {
        return "Brand";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.ENTERPRISE);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i + MIN_BRAND < t.length(); i++) {
            if (!NameScanner.isNameChar(t.charAt(i)) || !startsName(t, i) || NameScanner.stopStartingAt(t, i) != null) {
                continue;
            }
            for (int k = MIN_BRAND, longest = hanRun(t, i, MIN_BRAND, MAX_BRAND); k <= longest; k++) {
                String brand = t.substring(i, i + k);
                String unit = wordAt(t, i + k);
                if (unit == null || NameScanner.isGeneric(brand) || Suffixes.endingAt(brand, k) != null
                        || !suffixFollows(t, i + k)) {
                    continue;
                }
                out.add(new Candidate(EntityType.ENTERPRISE, sentence.begin() + i, sentence.begin() + i + k, brand, null));
            }
        }
        return out;
    }

    /**
     * The longest k in [{@code min}, {@code max}] for which {@code t[i, i + k)} is all Han characters with no stop word
     * starting after its first character (a verb or particle inside: not one name), and some character follows it;
     * less than {@code min} when there is none.
     */
    static int hanRun(String t, int i, int min, int max) {
        int longest = 0;
        for (int k = min; k <= max && i + k < t.length(); k++) {
            if (!isHan(t.substring(i, i + k)) || NameScanner.stopStartingAt(t, i + k - 1) != null) {
                break;
            }
            longest = k;
        }
        return longest;
    }

    /** A name may start here: at the sentence start, after punctuation or a list joint, or after a stop word. */
    static boolean startsName(String t, int i) {
        return i == 0 || !NameScanner.isNameChar(t.charAt(i - 1)) || t.charAt(i - 1) == '、'
                || NameScanner.stopEndingAt(t, i) != null;
    }

    private String wordAt(String t, int at) {
        return words.startingAt(t, at);
    }

    /**
     * The brand heads a longer name: a suffix ends within the window, with no punctuation between, or the
     * enumeration item it heads ends ("甲锂离子电池、乙智能模组等项目": firms' product lines as list items).
     */
    static boolean suffixFollows(String t, int from) {
        for (int e = from + 1; e <= Math.min(t.length(), from + WINDOW); e++) {
            char c = t.charAt(e - 1);
            if (c == '、' || Etc.closesList(t, e - 1)) {
                return e - 1 > from + 1;
            }
            if (!NameScanner.isNameChar(c)) {
                return false;
            }
            if (Suffixes.endingAt(t, e) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean isHan(String s) {
        return s.chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }
}
