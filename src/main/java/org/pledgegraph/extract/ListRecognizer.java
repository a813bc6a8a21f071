package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Names without a suffix that a list's head noun types: "X、Y等企业" (enterprises),
 * "X、Y等一批商业综合体" (facilities), "A、B、C“三园”" (parks).
 */
public final class ListRecognizer implements Recognizer {
    private static final Map<String, EntityType> HEADS = heads();
    private static final Pattern COLLECTIVE_PARKS = Pattern.compile("[“\"][一二三四五六七八九十两\\d]+园[”\"]");
    private static final int HEAD_WINDOW = 20;
    private static final Pattern HOUSING = Pattern.compile("房地产|保交房|住宅|楼盘|商品房|安置房");
    private static final Pattern SIGNING = Pattern.compile("项目(?:顺利|成功|集中)?(?:签约|落地|入驻|落户)");
    /** "(X投资建设)", "由X投资兴建": the investor of a project is a firm. */
    private static final Pattern INVESTOR = Pattern.compile("投资(?:建设|兴建|开发)");
    /** Only a firm goes public: "启动X上市", "推动X挂牌上市". */
    private static final Pattern LISTING = Pattern.compile("(?:挂牌)?上市");
    private static final Pattern LISTING_VERB = Pattern.compile("(?:启动|推动|支持|助推|推进|鼓励|力促|促进|实现|完成)$");

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.ENTERPRISE, EntityType.FACILITY, EntityType.PARK, EntityType.PROJECT, EntityType.ROAD);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int i = t.indexOf('等'); i > 0; i = t.indexOf('等', i + 1)) {
            if (!Etc.closesList(t, i)) {
                continue; // 平等, 等级, 同等: not "and so on"
            }
            EntityType type = headAfter(t, i + 1);
            if (type == EntityType.PROJECT) {
                type = projectListType(t, i + 1);
            }
            if (type != null) {
                items(t, sentence.begin(), i, type, out);
            }
        }
        Matcher investor = INVESTOR.matcher(t);
        while (investor.find()) {
            int end = investor.start();
            int start = NameScanner.start(t, end);
            if (start >= 0 && end - start >= 3 && end - start <= 12 && (start == 0 || "(（,，由".indexOf(t.charAt(start - 1)) >= 0)) {
                String item = t.substring(start, end);
                if (!NameScanner.isGeneric(item) && Suffixes.endingAt(t, end) == null) {
                    out.add(new Candidate(EntityType.ENTERPRISE, sentence.begin() + start, sentence.begin() + end, item, null));
                }
            }
        }
        Matcher listing = LISTING.matcher(t);
        while (listing.find()) {
            int end = listing.start();
            int start = NameScanner.start(t, end);
            if (start >= 0 && end - start >= 2 && end - start <= 10 && LISTING_VERB.matcher(t.substring(0, start)).find()) {
                String item = t.substring(start, end);
                if (!NameScanner.isGeneric(item) && Suffixes.endingAt(t, end) == null) {
                    out.add(new Candidate(EntityType.ENTERPRISE, sentence.begin() + start, sentence.begin() + end, item, null));
                }
            }
        }
        Matcher m = COLLECTIVE_PARKS.matcher(t);
        while (m.find()) {
            if (m.start() > 0 && t.charAt(m.start() - 1) != '、' && NameScanner.isNameChar(t.charAt(m.start() - 1))) {
                items(t, sentence.begin(), m.start(), EntityType.PARK, out);
            }
        }
        return out;
    }

    /**
     * What the items of a "…等项目" list are: housing developments ("等一批房地产项目", "等“保交房”项目") are
     * facilities (residential compounds); firms that sign or settle ("等项目签约", "落地", "入驻") are
     * enterprises; anything else is a project.
     */
    private static EntityType projectListType(String t, int from) {
        String head = t.substring(from, Math.min(t.length(), from + HEAD_WINDOW));
        int clause = head.length();
        for (int k = 0; k < head.length(); k++) {
            if ("，,。;；".indexOf(head.charAt(k)) >= 0) {
                clause = k;
                break;
            }
        }
        head = head.substring(0, clause);
        if (HOUSING.matcher(head).find()) {
            return EntityType.FACILITY;
        }
        if (SIGNING.matcher(head).find()) {
            return EntityType.ENTERPRISE;
        }
        return EntityType.PROJECT;
    }

    private static EntityType headAfter(String t, int from) {
        int limit = Math.min(t.length(), from + HEAD_WINDOW);
        for (int j = from; j < limit; j++) {
            char c = t.charAt(j);
            if (c == ',' || c == '，' || c == '。' || c == ';' || c == ':') {
                return null;
            }
            for (Map.Entry<String, EntityType> h : HEADS.entrySet()) {
                if (t.startsWith(h.getKey(), j)) {
                    int after = j + h.getKey().length();
                    if (after < t.length() && NameScanner.isNumeral(t.charAt(after))) {
                        return null; // "新增交通运输、仓储等规模以上物流企业2家": kinds being counted
                    }
                    return h.getValue();
                }
            }
        }
        return null;
    }

    /** The 、-separated items ending at {@code listEnd}, each typed {@code type} unless it has its own suffix. */
    private static void items(String t, int base, int listEnd, EntityType type, List<Candidate> out) {
        int itemEnd = listEnd;
        while (itemEnd > 0) {
            int itemStart = NameScanner.start(t, itemEnd);
            String verb = NameScanner.stopEndingAt(t, itemEnd);
            if (itemStart == itemEnd && type == EntityType.PROJECT && verb != null && verb.length() == 2) {
                itemStart = NameScanner.start(t, itemEnd - 2); // a project named by its action: "X酒店盘活等项目"
                if (itemEnd - 2 - itemStart < 2) {
                    return;
                }
            }
            if (itemStart < 0 || itemEnd - itemStart < 2 || itemEnd - itemStart > 14) {
                return;
            }
            String item = t.substring(itemStart, itemEnd);
            String bare = item.replaceFirst("[一二三四五六七八九十]{1,4}期$", "");
            boolean ownSuffix = Suffixes.endingAt(t, itemEnd) != null || Suffixes.typeOf(bare) != null;
            boolean meeting = item.matches(".*(?:会议|峰会|论坛|大会|博览会|交易会)");
            if (!ownSuffix && !meeting && !NameScanner.isGeneric(item) && !item.matches(".*\\d.*")) {
                out.add(new Candidate(type, base + itemStart, base + itemEnd, item, null));
            }
            if (itemStart == 0 || t.charAt(itemStart - 1) != '、') {
                return;
            }
            itemEnd = itemStart - 1;
        }
    }

    private static Map<String, EntityType> heads() {
        Map<String, EntityType> m = new LinkedHashMap<>();
        for (String h : List.of("企业", "公司", "单位", "厂商", "商家", "集团")) {
            m.put(h, EntityType.ENTERPRISE);
        }
        for (String h : List.of("综合体", "商场", "酒店", "学校", "医院", "场馆", "景区", "商圈")) {
            m.put(h, EntityType.FACILITY);
        }
        for (String h : List.of("项目", "工程")) {
            m.put(h, EntityType.PROJECT);
        }
        for (String h : List.of("园区", "产业园")) {
            m.put(h, EntityType.PARK);
        }
        for (String h : List.of("干道", "道路", "路段")) {
            m.put(h, EntityType.ROAD);
        }
        return Map.copyOf(m);
    }
}
