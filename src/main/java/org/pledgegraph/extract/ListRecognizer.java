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

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.ENTERPRISE, EntityType.FACILITY, EntityType.PARK, EntityType.PROJECT, EntityType.ROAD);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int i = t.indexOf('等'); i > 0; i = t.indexOf('等', i + 1)) {
            EntityType type = headAfter(t, i + 1);
            if (type != null) {
                items(t, sentence.begin(), i, type, out);
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

    private static EntityType headAfter(String t, int from) {
        int limit = Math.min(t.length(), from + HEAD_WINDOW);
        for (int j = from; j < limit; j++) {
            char c = t.charAt(j);
            if (c == ',' || c == '，' || c == '。' || c == ';' || c == ':') {
                return null;
            }
            for (Map.Entry<String, EntityType> h : HEADS.entrySet()) {
                if (t.startsWith(h.getKey(), j)) {
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
            if (itemStart < 0 || itemEnd - itemStart < 2 || itemEnd - itemStart > 14) {
                return;
            }
            String item = t.substring(itemStart, itemEnd);
            boolean ownSuffix = Suffixes.endingAt(t, itemEnd) != null;
            if (!ownSuffix && !NameScanner.isGeneric(item) && !item.matches(".*\\d.*")) {
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
        for (String h : List.of("园区", "产业园")) {
            m.put(h, EntityType.PARK);
        }
        for (String h : List.of("干道", "道路", "路段")) {
            m.put(h, EntityType.ROAD);
        }
        return Map.copyOf(m);
    }
}
