package org.pledgegraph.extract;

import org.pledgegraph.model.EntityType;

/** Facilities: labs, incubators, schools, hospitals, museums, parks and squares, compounds, channels, platforms. */
public final class FacilityRecognizer extends SuffixRecognizer {
    public FacilityRecognizer() {
        super(EntityType.FACILITY);
    }

    @Override
    boolean acceptsFollower(String t, int end, String suffix) {
        return switch (suffix) {
            case "沟" -> !followedBy(t, end, "通");
            case "渠" -> !followedBy(t, end, "道精") && !t.startsWith("精神", end);
            case "大学" -> !followedBy(t, end, "习生");
            case "机场" -> !followedBy(t, end, "景");
            case "中心" -> !followedBy(t, end, "城区镇街市工任作");
            case "基地" -> !followedBy(t, end, "型");
            case "公园" -> !followedBy(t, end, "城");
            case "墓" -> !followedBy(t, end, "地葬园穴");
            case "景区" -> !followedBy(t, end, "景");
            case "车间" -> !followedBy(t, end, "主");
            default -> true;
        };
    }
}
