package org.pledgegraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.TimeScope;

/**
 * Quantities with a unit: targets (plans, commitments) and actuals (reported figures). A range
 * "6.5%-7%" is recorded as its lower bound with {@link Comparison#AT_LEAST} (the stated floor of
 * the promise). Years, dates, ordinals and plan names are not quantities.
 *
 * <p><b>Numbers written in Chinese.</b> A Chinese numeral followed by a unit is a figure when it is
 * at least ten ("三十个" = 30, "两千名" = 2000, "一百二十家" = 120); a bare 十/百/千/万 counts only
 * with an approximation mark, which sets the comparator: "百余名", "千余家", "三十多个" → the number,
 * {@link Comparison#EXCEEDS}; "近千人次", "约两千" → {@link Comparison#APPROXIMATELY}. Small numerals
 * ("三个一批", "两个维护", "一批") are rhetoric, not counts, and numerals inside quotes are slogans
 * ("“百千万亿”工程"); "近千万家庭" is not a count of 家. <b>Ranks</b> ("居全市第二位", "前三") are
 * not figures: a rank has no unit and no value a target could be checked against, so it is left to
 * the evidence text.
 *
 * <p><b>Labels.</b> The indicator phrase before the number, trimmed to its clause and without time
 * words, governing adverbs (加快推进, 持续, 力争) and comparators; when a counted noun follows the
 * classifier ("完成20个老旧小区改造") that noun is the label; "A、B增加值分别增长x%、y%" gives each
 * figure its own item; "比上年增加…" after a figure borrows that figure's subject; "由2015年的…增加到
 * 2020年的…" gives each figure its own year.
 */
public final class FigureRecognizer implements Recognizer {
    private static final Pattern CLASSIFIER = Pattern.compile("(?:万|亿)?[个家条所座处项场套栋名户批次]");
    private static final Pattern TARGET_CUE = Pattern.compile("力争|目标|预期|预计|计划|确保|到(?:19|20)\\d\\d年|以内|左右|控制在|将|要|拟");
    private static final Pattern ACTUAL_CUE = Pattern.compile("了|已|累计|完成|实现|达到|同比|比上年|较|增长了|为群众");
    /** Quotes and brackets stay inside a label: "新增“个转企”3582家", "服务中心（站）82家". */
    private static final Pattern CLAUSE_START = Pattern.compile("[,，;；:：。!！?？]");
    private static final Pattern ENUMERATION = Pattern.compile("^[(（]\\d{1,2}[)）]");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:(?:19|20)\\d\\d年(?:\\d{1,2}月)?(?:底|末|全年)?|今年(?:上半年|前三季度|以来)?|全年|到|至|其中|全区|全市|全省|全国|全县|共|"
            + "累计完成|完成了|实现了|力争|确保|预计|左右|以上|以内|以下|安排|、|加快推进|加快建设|加快|推进|推动|实施了|实施|抓好|落实好|用好|"
            + "持续|积极|大力|着力|深入|扎实|有序|全力|在完成|以及|以|拟|并|和|及)+");
    private static final Pattern TRAILING_NOISE = Pattern.compile(
            "(?:达到|达|为|在|超过|突破|约|近|至|由|从|控制在|不低于|不少于|不超过|低于|高于|增加到|提高到|增至|保持在|稳定在|分别|共计|总计|共|以上|拟按|按|的|可)+$");
    /** "由242家增至", "从36%提升至", "降至": the movement that leads to the number is not part of its label. */
    private static final Pattern MOVED_TO = Pattern.compile(
            "(?:[由从].{0,14}?)?(?:增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小|压缩|增|降|升)(?:至|到)$");
    private static final Pattern FROM_YEAR = Pattern.compile("(?:由|从)?((?:19|20)\\d\\d)年(?:底|末)?的?$");
    private static final Pattern TO_YEAR = Pattern.compile("^(?:增加|提高|提升|增长|上升|下降|降低|减少|扩大)?(?:到|至)((?:19|20)\\d\\d)年(?:底|末)?的?$");
    /** Verbs of achievement that open a clause whose subject is the previous clause's topic. */
    private static final Pattern ACHIEVED = Pattern.compile("实现|完成|新增|达到");
    private static final Pattern RELATIVE_LABEL = Pattern.compile("^(?:较|比|同比|累计|年均|增长|增加|提高|下降|增速)");
    private static final Pattern VERB_AFTER = Pattern.compile("增加|提高|增长|上升|下降|减少|达到|达|完成|实现|建成|到|至|用于|的");
    private static final Pattern SHARED = Pattern.compile("([^、]{2,}(?:、[^、]{2,})+)均(.*)");
    private static final Pattern RUN_BEFORE = Pattern.compile("连续第?$");
    private static final Pattern RUN_AFTER = Pattern.compile("[^，,。；;：:]{1,16}");
    /** The three sectors of the national accounts written as one list: "一二三产", "第一、二、三产业". */
    private static final Pattern THREE_SECTORS = Pattern.compile("第?一、?二、?三(?:次)?产(?:业)?");
    /** Between two listed numbers: "3.5%以上、7%左右", "4%左右和6%左右". */
    private static final Pattern NEXT_IN_LIST = Pattern.compile("(?:左右|以上|以内|以下)?[、和及]");
    /**
     * The speech counting its own parts ("做好以下9个方面的工作：", "重点抓好十一个方面工作", "以下9项工作："): an outline,
     * not an indicator. "15个方面300多项改革举措" (aspects that count the measures after them) stays.
     */
    private static final Pattern OUTLINE_AFTER = Pattern.compile("方面(?:的?工作|主要|[：:。，,；;]|$)|(?:重点)?工作[：:]");
    /**
     * A glossary entry ("13.term：definition", the 名词解释 at a report's end) or a note spelling out a numeric
     * formula ("“7”是指…"): the numbers define a term or name a formula's parts, they are not reported or promised
     * quantities. A numbered heading with a colon and a target ("3.稳增长：…增长6%") would be dropped too; on the
     * dev and training texts no line has that form (the only two matches are glossary entries), so the cost is
     * accepted rather than guessed at.
     */
    private static final Pattern GLOSSARY_OR_FORMULA = Pattern.compile(
            "^\\s*\\d{1,2}[.．](?!\\d)[^：:。]{0,30}[：:]|“[\\dN+＋]+”(?:是|为|指|即)");
    private static final int MAX_LABEL = 24;
    private static final int MAX_NOUN_AFTER = 16;

    private final Lexicon indicators;

    public FigureRecognizer(Lexicon indicators) {
        this.indicators = indicators;
    }

    /** A figure's modality comes from its sentence's time scope (planned or looking back). */
    @Override
    public Set<Annotation> requires() {
        return EnumSet.of(Annotation.SENTENCES, Annotation.TIME_SCOPE);
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.TARGET, EntityType.ACTUAL);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        String subject = null;
        String topic = null;
        int previousEnd = 0;
        List<String> distributed = List.of();
        int distributedIndex = 0;
        Integer listYear = null;
        if (GLOSSARY_OR_FORMULA.matcher(t).find()) {
            return out;
        }
        for (FigureHits.Hit h : FigureHits.find(t)) {
            int s = h.start();
            if (OUTLINE_AFTER.matcher(t).region(h.end(), t.length()).lookingAt()) {
                continue;
            }
            String before = t.substring(previousEnd, s);
            String rawLabel = label(t, s, previousEnd);
            // "从2020年的645元/月、4318元/年": a list after a stated year shares it
            Integer ownYear = NEXT_IN_LIST.matcher(before.strip()).matches() ? listYear : null;
            Matcher to = TO_YEAR.matcher(rawLabel);
            Matcher from = FROM_YEAR.matcher(rawLabel);
            if (to.find()) {
                ownYear = Integer.valueOf(to.group(1));
                rawLabel = "";
            } else if (from.find() && from.start() > 0) {
                ownYear = Integer.valueOf(from.group(1));
                rawLabel = TRAILING_NOISE.matcher(rawLabel.substring(0, from.start())).replaceFirst("");
            }
            listYear = ownYear;
            if (rawLabel.contains("分别")) {
                distributed = distribute(rawLabel);
                distributedIndex = 0;
            }
            if (!distributed.isEmpty() && (rawLabel.contains("分别") || NEXT_IN_LIST.matcher(before.strip()).matches())
                    && distributedIndex < distributed.size()) {
                rawLabel = distributed.get(distributedIndex++);
            } else {
                distributed = List.of();
            }
            if (RELATIVE_LABEL.matcher(rawLabel).find() || rawLabel.isEmpty()) {
                rawLabel = (subject == null ? "" : subject) + rawLabel;
            } else if (topic != null && ACHIEVED.matcher(rawLabel).lookingAt()) {
                // "建筑业完成产值80.4亿元,实现税收3.25亿元": the second clause's subject is the first's topic.
                rawLabel = topic + rawLabel;
                subject = rawLabel;
            } else {
                subject = rawLabel.replaceFirst("(?:同比|累计|年均)?(?:增长|增加|提高|下降)$", "");
                Matcher verb = ACHIEVED.matcher(rawLabel);
                topic = verb.find() && verb.start() >= 2 ? rawLabel.substring(0, verb.start()) : null;
            }
            String noun = nounAfter(t, h.end());
            boolean counted = CLASSIFIER.matcher(h.unit()).matches();
            if (h.label() != null) {
                rawLabel = h.label();
            } else if (RUN_BEFORE.matcher(t.substring(Math.max(0, s - 3), s)).find()) {
                // "A连续8年居全省第一": the run's indicator is its subject and what it kept doing
                Matcher after = RUN_AFTER.matcher(t.substring(h.end()));
                rawLabel = RUN_BEFORE.matcher(rawLabel).replaceFirst("") + (after.lookingAt() ? after.group() : "");
            } else if (!noun.isEmpty() && (counted || rawLabel.isEmpty() || rawLabel.length() <= 2 || labelIsVerbs(rawLabel))) {
                rawLabel = noun;
            }
            previousEnd = h.end();
            EntityType type = isTarget(sentence, t, s) ? EntityType.TARGET : EntityType.ACTUAL;
            int end = h.end();
            end += t.startsWith("左右", end) || t.startsWith("以上", end) || t.startsWith("以内", end) ? 2 : 0;
            for (String item : shared(rawLabel.isEmpty() ? h.unit() : rawLabel)) {
                String label = tidy(item);
                Figure f = new Figure(label, indicator(label), h.value(), h.unit(), h.comparator());
                out.add(new Candidate(type, sentence.begin() + s, sentence.begin() + end, f.toString(), f, ownYear));
            }
        }
        return out;
    }

    /** The value of a Chinese numeral such as 两千, 三十, 一百二十, 千; -1 when it is not one. */
    static long chineseValue(String s) {
        return FigureHits.chineseValue(s);
    }

    /** The words before the number back to the clause start, without time words and comparators. */
    private static String label(String t, int numberStart, int previousEnd) {
        int from = previousEnd;
        Matcher c = CLAUSE_START.matcher(t);
        while (c.find() && c.start() < numberStart) {
            from = Math.max(from, c.end());
        }
        String l = ENUMERATION.matcher(t.substring(from, numberStart).strip()).replaceFirst("");
        l = LEADING_NOISE.matcher(l).replaceFirst("");
        l = MOVED_TO.matcher(l).replaceFirst("");
        l = TRAILING_NOISE.matcher(l).replaceFirst("");
        if (l.length() > MAX_LABEL) {
            l = l.substring(l.length() - MAX_LABEL);
        }
        return l.strip();
    }

    /** The counted noun right after a classifier ("20个老旧小区改造"), up to a verb or punctuation. */
    private static String nounAfter(String t, int from) {
        int i = from;
        if (t.startsWith("以上", i) || t.startsWith("左右", i)) {
            i += 2;
        }
        int start = i;
        if (VERB_AFTER.matcher(t.substring(start, Math.min(t.length(), start + 3))).lookingAt()) {
            return ""; // a verb follows: "1000万元左右增加到…"
        }
        while (i < t.length() && i - start < MAX_NOUN_AFTER) {
            char ch = t.charAt(i);
            if (ch == '、' && i - start <= 2 && i > start) {
                i++; // "36个省、市重点项目"
                continue;
            }
            if (!(NameScanner.isNameChar(ch) || ch == '“' || ch == '”') || i > start && NameScanner.stopStartingAt(t, i) != null
                    && !t.startsWith("建设项目", i) || i == start && Character.isDigit(ch)) {
                break;
            }
            i++;
        }
        String noun = t.substring(start, i).replaceFirst("(?:建设)$", "");
        return noun.replace("“", "").replace("”", "").length() >= 2 ? noun : "";
    }

    private static boolean labelIsVerbs(String label) {
        return label.matches("(?:完成|实现|新建|建成|引进|培育|打造|开展|组织|召开|谋划|改造|建设|新增|推动|有|拥有|共有|组建|实施)+");
    }

    /** "A、B增加值分别增长" → ["A增加值增长", "B增加值增长"]. */
    private static List<String> distribute(String label) {
        int at = label.indexOf("分别");
        String items = THREE_SECTORS.matcher(label.substring(0, at)).replaceFirst("第一产业、第二产业、第三产业");
        String verb = label.substring(at + 2);
        // empty items ("、A分别" when the label starts at a list comma) are no items: first.charAt needs a char
        String[] parts = Arrays.stream(items.split(items.contains("、") ? "、" : "和")).filter(x -> !x.isEmpty())
                .toArray(String[]::new);
        if (parts.length < 2) {
            return List.of();
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        char mark = first.charAt(first.length() - 1);
        int cut = last.lastIndexOf(mark);
        if (cut < 0 && first.length() <= 4 && last.length() > first.length() + 1) {
            // "城镇和农村常住居民人均可支配收入": the last item's head is as long as the first item
            cut = first.length() - 1;
        }
        String shared = cut >= 0 && cut < last.length() - 1 ? last.substring(cut + 1) : "";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String item = i == parts.length - 1 && !shared.isEmpty() ? last.substring(0, cut + 1) : parts[i];
            out.add(item + shared + verb);
        }
        return out;
    }

    /** "A、B均增长8%": one number stated of each listed item, one figure per item. */
    private static List<String> shared(String label) {
        Matcher m = SHARED.matcher(label);
        if (!m.matches()) {
            return List.of(label);
        }
        String verb = TRAILING_NOISE.matcher(m.group(2)).replaceFirst("");
        return Arrays.stream(m.group(1).split("、")).filter(x -> x.length() >= 2).map(x -> x + verb).toList();
    }

    /** Short form of a label: no list commas, no 同比, no filler 完成/实现 before the measure. */
    private static String tidy(String label) {
        String l = label.replace("、", "").replaceFirst("^(?:实现|完成|开展|荣获|建成)(?=\\p{IsHan}{2})", "").replaceAll("同比(?=增长|下降|增加|减少|提高)", "")
                .replaceAll("的(?=比重|比例|占比|份额)", "");
        l = l.replaceAll("(?<=.)(?:完成|实现)(?=同比增长|增长|产值|税收|营业|收入|投资)", "");
        return l.isEmpty() ? label : l;
    }

    private String indicator(String label) {
        String l = label.replaceAll("同比|累计|年均|全区|全市|全国|全省", "");
        String slug = indicators.find(l);
        if (slug != null && (l.contains("增长") || l.contains("增速")) && !slug.endsWith("-growth")) {
            String growth = indicators.find(l.replaceFirst("(增长|增速).*$", "") + "增长");
            return growth != null && growth.endsWith("-growth") ? growth : slug;
        }
        return slug;
    }

    private static boolean isTarget(ScopedSentence sentence, String t, int s) {
        if (sentence.scope() == TimeScope.PLAN) {
            return true;
        }
        if (sentence.scope() == TimeScope.RETROSPECTIVE) {
            return false;
        }
        String clause = t.substring(Math.max(0, s - 30), s);
        return TARGET_CUE.matcher(clause).find() || !ACTUAL_CUE.matcher(t).find() && t.contains("将");
    }
}
