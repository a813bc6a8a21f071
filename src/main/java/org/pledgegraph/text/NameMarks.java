package org.pledgegraph.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;

/**
 * Whether a name by itself pins down one real thing in the whole country, so that two governments naming it
 * mean the same thing: it begins with a place name the place table resolves to exactly one place (东湖区人民医院,
 * 临江市东山区体育中心; for parks, projects and enterprises also a province's or city's short name: 临江综合保税区),
 * or it is a named railway line (X铁路, X高铁, X城际), one of the national new areas the State Council approved
 * (国家级新区), or a company with a registered company suffix (…有限公司, …股份有限公司; not 集团 alone, which
 * many governments use for 教育集团 and 医疗集团). Shared by resolution (which joins two governments' entities
 * of such a name) and by the corpus name table (a marked name is not a category however many governments use it).
 */
public final class NameMarks {
    /** The reason a name pins its thing down: the rule name recorded with a cross-government merge. */
    public enum Mark {
        PLACE_NAME("same-name-place-named"), RAILWAY("same-name-railway"),
        NATIONAL_NEW_AREA("same-name-national-new-area"), COMPANY("same-name-company");

        private final String rule;

        Mark(String rule) {
            this.rule = rule;
        }

        /** The rule name of a cross-government merge for this reason (same-name-place-named, …). */
        public String rule() {
            return rule;
        }
    }

    /** The 19 国家级新区 approved by the State Council, 1992–2017 (浦东 to 雄安). */
    private static final List<String> NATIONAL_NEW_AREAS = List.of("浦东新区", "滨海新区", "两江新区", "舟山群岛新区",
            "兰州新区", "南沙新区", "西咸新区", "贵安新区", "西海岸新区", "金普新区", "天府新区", "湘江新区", "江北新区",
            "福州新区", "滇中新区", "哈尔滨新区", "长春新区", "赣江新区", "雄安新区");
    private static final Pattern RAILWAY = Pattern.compile("^(\\p{IsHan}{2,12}?)(?:高速铁路|城际铁路|铁路|高铁|城际|客运专线|客专)$");
    /** Words before 铁路 that name a kind of railway, not a line. */
    private static final Set<String> RAILWAY_KINDS = Set.of("城际", "市域", "市郊", "普速", "货运", "地方", "重载", "干线",
            "支线", "专用", "高速", "快速", "客运", "城市", "轨道", "区域", "省内", "国家", "疏港", "港区", "集疏运",
            "铁路", "专用线", "城际轨道", "新建", "既有", "普通");
    private static final Pattern NOT_A_LINE =
            Pattern.compile(".*(?:等|条|类|段|期|线路).*|全.*|.*年|(\\p{IsHan})\\1.*|[省市县区镇乡村].*");
    private static final Pattern COMPANY = Pattern.compile(
            "^(\\p{IsHan}{2,}?)(?:股份有限公司|有限责任公司|有限公司|集团股份有限公司|集团有限公司)$");
    /** Words that begin a category of companies rather than a company's name. */
    private static final Pattern COMPANY_KINDS = Pattern.compile("^(?:一批|龙头|重点|骨干|国有|民营|大型|中小|各类|相关|优质|头部|规上|企业)");

    private final Places places;

    public NameMarks(Places places) {
        this.places = places;
    }

    /** Why {@code name} (a normalised name of an entity of {@code type}) pins down one thing; empty if it does not. */
    public Optional<Mark> mark(EntityType type, String name) {
        if (beginsWithPlace(type, name)) {
            return Optional.of(Mark.PLACE_NAME);
        }
        Matcher r = RAILWAY.matcher(name);
        // A line is named by the places it joins (厦深, 川藏); one place's name before 铁路 is its hub or bureau, and
        // a doubled character or a bare level word is a slogan (市市通高铁: every city reached), not a line.
        if (r.matches() && !RAILWAY_KINDS.contains(r.group(1)) && !NOT_A_LINE.matcher(r.group(1)).matches()
                && !places.isName(r.group(1))) {
            return Optional.of(Mark.RAILWAY);
        }
        if (NATIONAL_NEW_AREAS.stream().anyMatch(name::startsWith)) {
            return Optional.of(Mark.NATIONAL_NEW_AREA);
        }
        Matcher c = COMPANY.matcher(name);
        if (c.matches() && !COMPANY_KINDS.matcher(name).find()) {
            return Optional.of(Mark.COMPANY);
        }
        return Optional.empty();
    }

    /** The name begins with a place name (chain) that only one place has, and something follows it. */
    private boolean beginsWithPlace(EntityType type, String name) {
        for (int len = Math.min(name.length() - 2, places.longestName() * 2); len >= 2; len--) {
            String head = name.substring(0, len);
            if (len >= 3 && places.resolveAll(head).size() == 1) {
                return true;
            }
            if (type != EntityType.ROAD && type != EntityType.FACILITY) {
                List<Place> byShort = places.shortNamed(head).stream()
                        .filter(p -> p.level() == PlaceLevel.PROVINCE || p.level() == PlaceLevel.PREFECTURE).toList();
                if (byShort.size() == 1 && name.length() - len >= 2) {
                    return true;
                }
            }
        }
        return false;
    }
}
