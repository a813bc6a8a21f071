package org.pledgegraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;

/**
 * The place whose government a document speaks for, from how it names its own bodies: "我代表国务院" is
 * the State Council (中华人民共和国); "临江市东山区人民政府", "东山区第十一届人民代表大会", "中国共产党临江市东山区第十次
 * 代表大会" name a district. Only the opening of the document is read, where reports and news items name
 * the issuing body; the most frequent name wins, and a shorter name that ends a longer one (东山区 in
 * 临江市东山区) counts for the longer.
 */
public final class JurisdictionInference {
    public static final String NATIONAL = "中华人民共和国";
    private static final int OPENING = 2000;
    private static final Pattern NATIONAL_CUE = Pattern.compile("代表国务院|国务院总理|全国人民代表大会第");
    private static final Pattern BODY = Pattern.compile(
            "(?:中国共产党|中共)?(\\p{IsHan}{1,10}?(?:省|自治区|市|自治州|州|盟|区|县|旗))"
                    + "(?:第[一二三四五六七八九十]+(?:届|次)|人民政府|人民代表大会|人大常委会|委员会|党委|管委会|党工委)");

    /** Cues where the government names itself; their names weigh {@link #STRONG} times a body elsewhere. */
    private static final List<Pattern> SELF = List.of(
            Pattern.compile("代表(\\p{IsHan}{0,20}?)(?:人民政府|政府|管理委员会|管委会)"),
            Pattern.compile("在(\\p{IsHan}{1,20}?)第?[一二三四五六七八九十]+届人民代表大会"),
            Pattern.compile("(\\p{IsHan}{1,20}?)(?:第?[一二三四五六七八九十]+届人大|人民政府)?政府工作报告"));
    private static final int STRONG = 3;
    /** What remains of a cue when the government calls itself only by its level: 我代表省人民政府. */
    private static final Pattern LEVEL_WORD = Pattern.compile("(?:自治区|自治州|自治县|新区|省|市|区|县|州|盟|旗)");
    private static final Pattern LEVEL_CUE = Pattern.compile(
            "代表(自治区|自治州|自治县|新区|省|市|区|县|州|盟|旗)(?:人民政府|政府|管理委员会|管委会)"
                    + "|(?:^|[^\\p{IsHan}])(自治区|省|市|区|县)(?:第)?[一二三四五六七八九十]+届人大"
                    + "|(新区)(?:管委会|管理委员会|党工委)");
    private static final int SCAN = 12;

    private JurisdictionInference() {
    }

    /**
     * The id of the coded place whose government the text speaks for ({@code CN} for the State Council);
     * when the table knows no place that fits, the name {@link #infer(String)} finds; empty if neither.
     */
    public static Optional<String> infer(String text, Places places) {
        return inferPlace(text, places).map(Place::id).or(() -> infer(text));
    }

    /** The coded place whose government the text speaks for, if the place table has one that fits. */
    public static Optional<Place> inferPlace(String text, Places places) {
        String opening = text.substring(0, Math.min(text.length(), OPENING)).replaceAll("[\\s\u3000]+", "");
        // Reports whose opening was cut (news excerpts, a section alone) may name themselves only later.
        return inferPlace(opening, text, places, true)
                .or(() -> inferPlace(text.replaceAll("[\\s\u3000]+", ""), text, places, false));
    }

    private static Optional<Place> inferPlace(String opening, String text, Places places, boolean national) {
        if (opening.contains("代表国务院")) {
            return places.get("CN");
        }
        Map<Place, Double> votes = new HashMap<>();
        for (Pattern cue : SELF) {
            Matcher m = cue.matcher(opening);
            while (m.find()) {
                vote(votes, candidates(m.group(1), places), STRONG);
            }
        }
        Matcher body = BODY.matcher(opening);
        while (body.find()) {
            vote(votes, candidates(body.group(1).replaceFirst("^(?:中国共产党|中共)", ""), places), 1);
        }
        Map<Place, Integer> counts = null;
        if (!votes.isEmpty()) {
            double best = votes.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            List<Place> top = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                    .toList();
            if (top.size() == 1) {
                return Optional.of(top.get(0));
            }
            counts = nameCounts(text, places);
            return mostNamed(top, counts, places);
        }
        Matcher level = LEVEL_CUE.matcher(opening);
        if (level.find()) {
            String word = level.group(1) != null ? level.group(1) : level.group(2) != null ? level.group(2)
                    : level.group(3);
            List<Place> ofLevel = places.all().stream()
                    .filter(p -> p.level().compareTo(PlaceLevel.PROVINCE) >= 0 && p.level() != PlaceLevel.TOWN)
                    .filter(p -> p.name().endsWith(word) || p.formerNames().stream().anyMatch(f -> f.endsWith(word)))
                    .toList();
            return mostNamed(ofLevel, nameCounts(text, places), places);
        }
        if (national && NATIONAL_CUE.matcher(opening).find()) {
            return places.get("CN");
        }
        return Optional.empty();
    }

    /** The places the longest resolvable ending of {@code s} denotes (年浙江省 → 浙江省); none for a bare level word. */
    private static List<Place> candidates(String s, Places places) {
        if (s == null || s.length() < 2 || LEVEL_WORD.matcher(s).matches()) {
            return List.of();
        }
        for (int i = 0; i <= s.length() - 2; i++) {
            List<Place> ps = places.resolveAll(s.substring(i)).stream().filter(p -> p.level() != PlaceLevel.TOWN).toList();
            if (!ps.isEmpty()) {
                return ps;
            }
        }
        return List.of();
    }

    private static void vote(Map<Place, Double> votes, List<Place> candidates, int weight) {
        for (Place p : candidates) {
            votes.merge(p, (double) weight / candidates.size(), Double::sum);
        }
    }

    /**
     * The candidate the text names most: its own full or former names count 2, its short name 1, the names
     * of the places it lies within 1/4 (which tells 北京市朝阳区 from 长春市朝阳区). Empty on a tie or no mention.
     */
    private static Optional<Place> mostNamed(List<Place> candidates, Map<Place, Integer> counts, Places places) {
        Map<Place, Double> score = new HashMap<>();
        for (Place p : candidates) {
            double s = counts.getOrDefault(p, 0);
            for (Place a : places.ancestors(p)) {
                s += counts.getOrDefault(a, 0) / 4.0;
            }
            if (s > 0) {
                score.put(p, s);
            }
        }
        List<Map.Entry<Place, Double>> ranked = new ArrayList<>(score.entrySet());
        ranked.sort(Map.Entry.<Place, Double>comparingByValue(Comparator.reverseOrder()));
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue())) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    /** How often the text names each place: 2 per full or former name, 1 per short name (of two or more characters). */
    private static Map<Place, Integer> nameCounts(String text, Places places) {
        Map<Place, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isIdeographic(text.charAt(i))) {
                continue;
            }
            for (int len = 2; len <= SCAN && i + len <= text.length(); len++) {
                String s = text.substring(i, i + len);
                if (!places.isNamePrefix(s)) {
                    break;
                }
                for (Place p : places.named(s)) {
                    counts.merge(p, 2, Integer::sum);
                }
                for (Place p : places.shortNamed(s)) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    public static Optional<String> infer(String text) {
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        if (NATIONAL_CUE.matcher(opening).find()) {
            return Optional.of(NATIONAL);
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = BODY.matcher(opening);
        while (m.find()) {
            String name = m.group(1).replaceFirst("^(?:中国共产党|中共)", "");
            if (name.length() >= 2) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        // A short form counts for the long form it ends (东山区 → 临江市东山区).
        Map<String, Integer> merged = new HashMap<>();
        for (var e : counts.entrySet()) {
            String target = counts.keySet().stream()
                    .filter(k -> k.length() > e.getKey().length() && k.endsWith(e.getKey()))
                    .max((a, b) -> Integer.compare(counts.get(a), counts.get(b)))
                    .orElse(e.getKey());
            merged.merge(target, e.getValue(), Integer::sum);
        }
        return merged.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getKey);
    }
}
