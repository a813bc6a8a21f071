package org.pledgegraph.extract;

import org.pledgegraph.model.EntityType;

/**
 * Projects: …项目, …工程, …改造, …地块, …片区, …新城. A "…产业园项目" is filed under the type of
 * what it builds (a park); a bare "…路改造" is the road.
 */
public final class ProjectRecognizer extends SuffixRecognizer {
    public ProjectRecognizer() {
        super(EntityType.PROJECT);
    }

    @Override
    boolean acceptsFollower(String t, int end, String suffix) {
        if (suffix.equals("开发")) {
            return t.startsWith("建设", end) || end == t.length() || "。,，;；、".indexOf(t.charAt(end)) >= 0;
        }
        if (suffix.equals("片区")) {
            return !followedBy(t, end, "域");
        }
        return !(suffix.equals("工程") && followedBy(t, end, "师院"));
    }

    @Override
    EntityType typeFor(String name) {
        if (name.matches(".+(?:路|大道|街|国道|省道|高速)(?:[东西南北中]段)?(?:拓宽|提升|提质|升级)*改造")) {
            return null;
        }
        if (name.matches(".*(?:惠民|民生|民心|安居|德政|形象|面子|希望|暖心|凝聚力|铸魂|固本)工程")) {
            return null; // programmes, not constructions
        }
        if (name.endsWith("大开发")) {
            return null; // a regional strategy (西部大开发)
        }
        String inner = name.replaceFirst("(?:建设)?(?:项目|工程)$", "");
        if (!inner.equals(name)) {
            EntityType t = Suffixes.typeOf(inner);
            if (t != null && t != EntityType.PROJECT && t != EntityType.ROAD) {
                return t;
            }
        }
        return EntityType.PROJECT;
    }
}
