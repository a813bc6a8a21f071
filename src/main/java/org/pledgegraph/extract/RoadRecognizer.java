package org.pledgegraph.extract;

import org.pledgegraph.model.EntityType;

/** Roads: …路, …大道, …街, …国道, …高速; a directional section ("人民路北段") stays part of the name. */
public final class RoadRecognizer extends SuffixRecognizer {
    private static final java.util.regex.Pattern TOWN = java.util.regex.Pattern.compile("^\\p{IsHan}{2,3}?(?:镇|乡|街道)");

    public RoadRecognizer() {
        super(EntityType.ROAD);
    }

    @Override
    boolean acceptsFollower(String t, int end, String suffix) {
        if (t.startsWith("街道", end - suffix.length()) || t.startsWith("街道", end)) {
            return false;
        }
        return switch (suffix) {
            case "路" -> !followedBy(t, end, "径线网灯面况费演子口边上下牌标桥") && !t.startsWith("道路", end - 2);
            case "街" -> !followedBy(t, end, "巷区头景坊");
            case "高速" -> !followedBy(t, end, "发增度运");
            case "大道" -> !followedBy(t, end, "理");
            default -> true;
        };
    }

    @Override
    boolean isGeneric(String body) {
        return NameScanner.isGenericRoad(body);
    }

    @Override
    int trimStart(String t, int start, int bodyEnd) {
        java.util.regex.Matcher m = TOWN.matcher(t.substring(start, bodyEnd));
        return m.find() && m.end() < bodyEnd - start - 1 ? start + m.end() : start;
    }

    @Override
    int extend(String t, int end) {
        if (end + 1 < t.length() && "东西南北中".indexOf(t.charAt(end)) >= 0 && t.charAt(end + 1) == '段') {
            return end + 2;
        }
        return end;
    }
}
