package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.model.Span;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Normalizer;
import org.pledgegraph.text.Places;
import org.pledgegraph.text.SentenceSplitter;

/**
 * The second pass over one document of a government: a name the extractor kept in another report of the same
 * government (another year's) is a mention wherever this document writes it verbatim with sound boundaries,
 * even where its own context did not convince the judge. A pure function of the document's text, its own kept
 * mentions and the names of its siblings; stage, modality, year and place are read in this document's sentence
 * as for any mention.
 *
 * <pre>
 *   List&lt;CrossYearPass.Added&gt; a = Extractor.defaults().crossYear().find(meta, text, ownMentions, names);
 * </pre>
 */
public final class CrossYearPass {
    /** Shorter names are too often generic words or the head of a longer name (公园, 产业园, XX路); see SHORT_LENGTH. */
    public static final int MIN_LENGTH = 4;
    /**
     * A name is carried only from reports at most this many years away (resolution's across-reports rules join only
     * reports this near too: {@code Clusterer.NEARBY_YEARS} is this): a government's report of four years before or
     * after names another period's things.
     */
    public static final int NEARBY_YEARS = 2;
    /**
     * A name more unrelated government groups of the bundled corpus use (a city and its districts count one) is a
     * kind of thing (城市更新, 9 groups), not one thing: one government accepting it once must not copy it into
     * its other years. A real thing (one bridge, one laboratory) is named by one group.
     */
    public static final int MAX_GROUPS = 2;
    /** Names this long carry only under {@link #shortCarries}. */
    public static final int SHORT_LENGTH = 3;
    /** One-character heads after which a three-character name is a kind (X院, X馆, X站, X园, X区 …). */
    private static final String SHORT_HEADS = "院馆站园区所校厂库场楼厅室店港";
    /** Characters before a sibling name that a mention may have wrongly taken in (点亮, 抢抓 + the name). */
    static final int MAX_TAKEN_PREFIX = 2;
    /**
     * What after a name leaves no second thing to name: a phase or a section is the part built (X二期, X西段, X北延),
     * and X项目 / X工程 / X建设 is X itself. The head of such a longer mention is not added.
     */
    private static final Pattern NO_SECOND_THING = Pattern.compile(
            "[一二三四五六七八九十\\d]{1,4}期|[东西南北]{1,2}(?:段|延)|项目|工程|建设");

    /** What after a name still names the name itself (X项目, X工程, X建设). */
    private static final Pattern X_ITSELF = Pattern.compile("项目|工程|建设");

    /** A phase at a name's end, with the works word after it (X二期, X一期工程): its whole X is sought too. */
    private static final Pattern PHASE_TAIL = Pattern.compile("(.{4,}?)(?:[一二三四五六七八九十]{1,3}|\\d{1,2})期(?:工程|项目|建设)?");
    /** The rest after an inner place's name must be a name of its own, as resolution's {@code drop-place-prefix}. */
    private static final int INNER_REST = 5;
    /** A form led by a level word (区X) must start a name: 某保税区 + X holds 区X. */
    private static final Pattern LEVEL_LED = Pattern.compile("[省市区县]");

    /** A name kept in sibling documents: its type and the stems of the documents that kept it. */
    public record Sibling(EntityType type, SortedSet<String> stems) {
        public Sibling {
            stems = Collections.unmodifiableSortedSet(new TreeSet<>(stems));
        }
    }

    /** A mention the pass adds and the sibling documents whose kept name it repeats. */
    public record Added(Mention mention, SortedSet<String> corroboratedBy) {
    }

    private final MentionFactory mentions;
    private final PlaceLinker placeLinker;
    private final Specificity specificity;
    private final Places places;
    private final OwnPrefixVariants variants;

    CrossYearPass(MentionFactory mentions, PlaceLinker placeLinker, Specificity specificity,
                  Places places) {
        this.places = places;
        this.variants = new OwnPrefixVariants(places);
        this.mentions = mentions;
        this.placeLinker = placeLinker;
        this.specificity = specificity;
    }

    /** Whether {@code name} may be carried to another year at all (long enough, not a kind of thing). */
    public boolean carries(String name) {
        String n = Normalizer.normalize(name).text();
        int length = n.codePointCount(0, n.length());
        if (length == SHORT_LENGTH) {
            return shortCarries(n);
        }
        return length >= MIN_LENGTH && !specificity.isCategory(n)
                && specificity.groups(n) <= MAX_GROUPS && !n.chars().allMatch(ch -> Character.isDigit(ch));
    }

    /**
     * A three-character name (a brand) carries only if all Han, at most one government group
     * of the bundled corpus uses it, and it is no suffix word and does not end in one (产业园, 科学城, 新校区, 总医院:
     * kinds of thing); its occurrences must start a name too ({@link #cleanStart}).
     */
    private boolean shortCarries(String n) {
        return n.chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)
                && specificity.groups(n) <= 1 && !specificity.isCategory(n)
                && !NameTail.endsInSuffix(n) && SHORT_HEADS.indexOf(n.charAt(n.length() - 1)) < 0;
    }

    /**
     * The mentions to add to the document {@code meta}/{@code originalText}: every clean occurrence of a name of
     * {@code siblings} (kept in other documents of its government) that no mention of {@code own} (this
     * document's kept mentions, original offsets) overlaps. Longer names first; in text order.
     */
    public List<Added> find(DocumentMeta meta, String originalText, List<Mention> own, Map<String, Sibling> siblings) {
        NormalizedText text = Normalizer.normalize(originalText);
        String t = text.text();
        List<ScopedSentence> sentences = new TimeScoper(meta.year()).scope(SentenceSplitter.split(text));
        // A coordination's distributed names ("A、B项目" → A项目) cover the whole phrase: they do not block its items.
        List<Mention> blocking = own.stream().filter(m -> !m.type().isFigure()
                && NormalizedText.stripBreaks(m.span().of(originalText)).equals(m.surface())).toList();
        List<Span> taken = new ArrayList<>();
        // longest first, then by name: the same result whatever order the map iterates in
        List<Map.Entry<String, Sibling>> names = forms(siblings, meta.jurisdiction()).entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Sibling> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey)).toList();
        record Hit(Candidate c, SortedSet<String> stems) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, Sibling> e : names) {
            String name = e.getKey();
            // A three-character name is a brand typed as an enterprise (a road or an area of that length is often
            // another place's or a kind), written as a whole: no longer or shorter mention around it.
            boolean isShort = name.length() == SHORT_LENGTH;
            if (isShort && e.getValue().type() != EntityType.ENTERPRISE) {
                continue;
            }
            for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
                int end = i + name.length();
                Span span = text.toOriginal(i, end);
                // This document kept a longer name the sibling name begins (the name + 片区, + 校区): both are named;
                // not before a parenthesis (某大学 and 某大学（深圳） are two things).
                Mention head = isShort ? null
                        : blocking.stream().filter(m -> headOf(m, span, originalText)).findFirst().orElse(null);
                if (isShort && blocking.stream().anyMatch(m -> overlaps(m, span))) {
                    continue;
                }
                if (head == null ? !cleanEnd(t, end) && !NameTail.predicateFollows(t, end)
                        : end < t.length() && "（(".indexOf(t.charAt(end)) >= 0) {
                    continue;
                }
                boolean placed = placeBefore(t, i);
                boolean prefixed = !placed && blocking.stream().anyMatch(m -> tookPrefix(m, span, siblings));
                // Any other start is accepted: a report writes a kept name after words no list holds (点亮,
                // 建成开放); only a place's name before it says it is the tail of a longer name.
                if ((placed || name.length() == SHORT_LENGTH
                        || LEVEL_LED.matcher(name).lookingAt()) && !cleanStart(t, i)) {
                    continue;
                }
                if (taken.stream().anyMatch(s -> s.begin() < span.end() && span.begin() < s.end())
                        || blocking.stream().anyMatch(m -> m != head && overlaps(m, span)
                        && !(prefixed && tookPrefix(m, span, siblings)) && !cutShort(m, span, originalText))) {
                    continue; // inside, around or across a mention the document already has
                }
                taken.add(span);
                hits.add(new Hit(new Candidate(e.getValue().type(), i, end, name, null), e.getValue().stems()));
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.c().begin()));
        List<Mention> made = new ArrayList<>();
        List<SortedSet<String>> stems = new ArrayList<>();
        for (Hit h : hits) {
            ScopedSentence s = sentenceOf(sentences, h.c());
            if (s == null) {
                continue;
            }
            made.add(mentions.create(h.c(), s, text, names(own, text, s, h.c())));
            stems.add(h.stems());
        }
        // One call per document: linking reads the jurisdiction's place table.
        List<Mention> linked = made.isEmpty() ? made : placeLinker.link(made, meta);
        List<Added> out = new ArrayList<>(linked.size());
        for (int k = 0; k < linked.size(); k++) {
            out.add(new Added(linked.get(k), stems.get(k)));
        }
        return out;
    }

    /**
     * The names to look for: every carried sibling name and the forms its own government's name in front takes in
     * another year ({@link OwnPrefixVariants}: 区X for 某区X, X for 某X), each form that carries and is no sibling
     * name itself, with the sibling it came from (the longer sibling name first, so the choice is fixed).
     */
    private Map<String, Sibling> forms(Map<String, Sibling> siblings, String gov) {
        Map<String, Sibling> out = new TreeMap<>();
        List<Map.Entry<String, Sibling>> carried = siblings.entrySet().stream().filter(e -> carries(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Sibling> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey)).toList();
        carried.forEach(e -> out.put(Normalizer.normalize(e.getKey()).text(), e.getValue()));
        for (Map.Entry<String, Sibling> e : carried) {
            String n = Normalizer.normalize(e.getKey()).text();
            Matcher phase = PHASE_TAIL.matcher(n);
            if (phase.matches() && carries(phase.group(1)) && !siblings.containsKey(phase.group(1))) {
                out.putIfAbsent(phase.group(1), e.getValue()); // X二期 kept there, X written here: the whole
            }
            for (String v : variants.of(n, gov)) {
                if (carries(v) && !siblings.containsKey(v)) {
                    out.putIfAbsent(v, e.getValue());
                }
            }
            String rest = innerPlaceRest(n, gov);
            if (rest != null && carries(rest) && !siblings.containsKey(rest)) {
                out.putIfAbsent(rest, e.getValue()); // 某市X kept there (a city of the province), X written here
            }
        }
        return out;
    }

    /**
     * The rest of {@code n} after the name of a county-or-larger place inside government {@code gov} (not the
     * government itself: {@link OwnPrefixVariants}), when the rest is long enough to be a name of its own, as
     * resolution's {@code drop-place-prefix} joins them; else null.
     */
    private String innerPlaceRest(String n, String gov) {
        if (gov == null || gov.isEmpty()) {
            return null;
        }
        for (int k = Math.min(n.length() - INNER_REST, places.longestName()); k >= 2; k--) {
            String prefix = n.substring(0, k);
            String rest = n.substring(k);
            if (places.isName(prefix) && innerPlace(prefix, gov) && NameScanner.isNameChar(rest.charAt(0))
                    && !LEVEL_LED.matcher(rest).lookingAt() && !variants.startsCountyOrLarger(rest)) {
                return rest;
            }
        }
        return null;
    }

    private boolean innerPlace(String prefix, String gov) {
        List<Place> named = new ArrayList<>(places.named(prefix));
        named.addAll(places.shortNamed(prefix));
        return named.stream().anyMatch(p -> p.level() != PlaceLevel.TOWN
                && !p.id().equals(gov) && places.within(p.id(), gov));
    }

    /**
     * Whether mention {@code m} is the start of the sibling name at {@code s} and stops short of it (某实验室 kept
     * here, 某实验室某园区 there; an enterprise here, its project named after it there): the document cut the
     * longer name; the whole is added beside.
     */
    private static boolean cutShort(Mention m, Span s, String originalText) {
        // X here and X项目 there are one thing, already named here: nothing to add beside it (a phase is another)
        return m.span().begin() == s.begin() && m.span().end() < s.end()
                && !X_ITSELF.matcher(originalText.substring(m.span().end(), s.end())).matches();
    }

    /**
     * Whether a place's name (深圳, 龙岗区) or an administrative suffix ends right before {@code i}: the name there
     * is the tail of a longer one (深圳 + 机场三跑道).
     */
    private boolean placeBefore(String t, int i) {
        if (i > 0 && "市区县省镇乡村".indexOf(t.charAt(i - 1)) >= 0) {
            return true;
        }
        for (int k = 2; k <= Math.min(i, places.longestName()); k++) {
            if (places.isName(t.substring(i - k, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Mention m, Span s) {
        return m.span().begin() < s.end() && s.begin() < m.span().end();
    }

    /**
     * Whether mention {@code m} is the sibling name at {@code s} with a word or two before it taken in
     * ("点亮" + the name) that no sibling document keeps: the name is added inside it.
     */
    private static boolean tookPrefix(Mention m, Span s, Map<String, Sibling> siblings) {
        int before = s.begin() - m.span().begin();
        return m.span().end() == s.end() && before >= 1 && before <= MAX_TAKEN_PREFIX
                && !siblings.containsKey(Normalizer.normalize(m.surface()).text());
    }

    /**
     * Whether mention {@code m} begins with the sibling name at {@code s} (after an opening quote at most) and goes
     * on: a longer name this document kept whose head another report names on its own.
     */
    private static boolean headOf(Mention m, Span s, String originalText) {
        int before = s.begin() - m.span().begin();
        return m.span().end() > s.end() && (before == 0
                || before == 1 && "“‘「《\"".indexOf(originalText.charAt(m.span().begin())) >= 0)
                && !NO_SECOND_THING.matcher(originalText.substring(s.end(), m.span().end())).lookingAt();
    }

    /**
     * Whether a name may start at {@code i}: at the text's start, after a character that cannot continue a name,
     * or right after a stop word (推进, 建成): not the tail of a longer name ("西XX公园" holds "XX公园").
     */
    public static boolean cleanStart(String t, int i) {
        return i == 0 || !NameScanner.isNameChar(t.charAt(i - 1)) || NameScanner.stopEndingAt(t, i) != null;
    }

    /**
     * Whether a name may end at {@code end}: before a non-name character, a list joint, 等, or a construction
     * word; a following name character ("XX产业园" + 区, + 二期) or parenthesis would make it a longer name.
     */
    public static boolean cleanEnd(String t, int end) {
        if (end < t.length() && (t.charAt(end) == '（' || t.charAt(end) == '(')) {
            return false; // a parenthesis continues a name: 某大学（深圳）, 某项目（一期）
        }
        return end == t.length() || !NameScanner.isNameChar(t.charAt(end)) || "等和及与".indexOf(t.charAt(end)) >= 0
                || t.startsWith("建设", end) || t.startsWith("项目", end) || t.startsWith("工程", end)
                || NameScanner.stopStartingAt(t, end) != null;
    }

    private static ScopedSentence sentenceOf(List<ScopedSentence> sentences, Candidate c) {
        for (ScopedSentence s : sentences) {
            if (s.begin() <= c.begin() && c.end() <= s.sentence().end()) {
                return s;
            }
        }
        return null;
    }

    /** The document's own names in sentence {@code s} as candidates (normalised offsets), and {@code c}. */
    private static List<Candidate> names(List<Mention> own, NormalizedText text, ScopedSentence s, Candidate c) {
        Span sentence = text.toOriginal(s.begin(), s.sentence().end());
        List<Candidate> out = new ArrayList<>();
        out.add(c);
        for (Mention m : own) {
            if (m.type().isFigure() || !sentence.contains(m.span())) {
                continue;
            }
            int b = normalised(text, s, m.span().begin());
            int e = normalised(text, s, m.span().end() - 1);
            if (b >= 0 && e >= b) {
                out.add(new Candidate(m.type(), b, e + 1, m.surface(), null));
            }
        }
        return out;
    }

    /** The normalised offset in {@code s} of original offset {@code o}, or -1. */
    private static int normalised(NormalizedText text, ScopedSentence s, int o) {
        for (int i = s.begin(); i < s.sentence().end(); i++) {
            if (text.originalOffset(i) == o) {
                return i;
            }
        }
        return -1;
    }
}
