package org.pledgegraph.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
                    + "(?:第[一二三四五六七八九十]+(?:届|次)|人民政府|人民代表大会|人大常委会|委员会|党委)");

    private JurisdictionInference() {
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
