package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;

/**
 * Relates entities once merging is done: phases ({@code X二期}, {@code X一二期} part of {@code X} when
 * some document names X), a project named after an enterprise ({@code X技改项目} of enterprise
 * {@code X}), members a sentence enumerates next to a numbered collective ({@code 四沟一渠}), and
 * {@code part-of} overrides. The rules skip names the user called {@code different}; nothing relates
 * two names already merged into one entity. Each relation is recorded as a {@link PendingDecision}.
 */
final class Relater {
    /** A phase, and the works on it (X三期扩建 is the third phase of X too). */
    private static final Pattern PHASE = Pattern.compile("^(.{2,}?)(?:[一二三四五六七八九十]+|\\d+)期(?:改扩建|扩建|改造)?$");
    /**
     * Works on a thing named by the thing and the work: renovating, extending or connecting it (X升级改造,
     * X改扩建, X连通). A report promising X and the next one reporting the works on X (or the other way round)
     * speak of one thing's record; the works are related to X as a part, never merged with it.
     */
    private static final Pattern WORKS = Pattern.compile("^(.{4,}?)(?:升级改造|改造提升|提升改造|改扩建|扩建|改造|连通|"
            + "提质改造|提标改造|修缮|迁建|重建)$");
    /** A numbered collective such as 四沟一渠 or 五园, at the start of a name. */
    private static final Pattern COLLECTIVE = Pattern.compile("^((?:[一二三四五六七八九十两]+[^一二三四五六七八九十两\\s])+)");
    private static final Pattern COLLECTIVE_PART = Pattern.compile("([一二三四五六七八九十两]+)([^一二三四五六七八九十两\\s])");

    private final Map<EntityType, TreeMap<String, List<StoredMention>>> groups;
    private final Map<EntityRef, EntityRef> canonical;
    private final Curation curation;
    private final List<PendingDecision> pending;
    /** Tells a place prefix of the government (a phase's whole may be named with one). */
    private final DropPlacePrefix places;

    /**
     * @param groups    mentions by type and normalised name
     * @param canonical the entity each (type, name) ended up in
     * @param pending   where decisions are appended
     * @param places    the government's place prefixes, for a phase whose whole only a place-prefixed name names
     */
    Relater(Map<EntityType, TreeMap<String, List<StoredMention>>> groups, Map<EntityRef, EntityRef> canonical,
            Curation curation, List<PendingDecision> pending, DropPlacePrefix places) {
        this.groups = groups;
        this.canonical = canonical;
        this.curation = curation;
        this.pending = pending;
        this.places = places;
    }

    /** Applies every relation rule, in a fixed order so the decisions recorded are too. */
    void relate() {
        phases();
        sections();
        works();
        enterpriseProjects();
        collectives();
        curatedParts();
    }

    /** X二期, X一二期, X四五六期 are parts of X when some document names X. */
    private void phases() {
        for (var byType : groups.entrySet()) {
            for (var g : byType.getValue().entrySet()) {
                Matcher phase = PHASE.matcher(g.getKey());
                if (!phase.matches()) {
                    continue;
                }
                // X项目一期: the whole is named X项目, whose key is X.
                String whole = NameKey.of(phase.group(1));
                EntityType wholeType = byType.getValue().containsKey(whole) ? byType.getKey() : uniqueType(whole);
                String phaseOnly = g.getKey().replaceFirst("(?:改扩建|扩建|改造)$", "");
                if (wholeType == null && !phaseOnly.equals(g.getKey())) {
                    // X二期扩建: the works on the phase X二期 when no document names X alone.
                    whole = phaseOnly;
                    wholeType = byType.getValue().containsKey(whole) ? byType.getKey() : uniqueType(whole);
                }
                if (wholeType == null && phaseOnly.equals(g.getKey())) {
                    // X一期 when a document names X only with a place in front (某市X, 某区X): part of that.
                    String placed = placedWhole(byType.getValue(), whole);
                    if (placed != null) {
                        whole = placed;
                        wholeType = byType.getKey();
                    }
                }
                if (wholeType != null && !curation.different(g.getKey(), whole)) {
                    relateIfApart("phase", Relation.Kind.PART_OF, 1.0, byType.getKey(), g.getKey(), wholeType, whole,
                            g.getValue(), groups.get(wholeType).get(whole));
                }
            }
        }
    }

    /**
     * A section of a named thing is part of it: X北段, X湖北段 (a place's stretch), X先行段, X主线段 — the longest
     * whole of 3+ characters some document names, the section word all Han and 2–4 characters ending in 段.
     */
    private void sections() {
        for (var byType : groups.entrySet()) {
            for (var g : byType.getValue().entrySet()) {
                String key = g.getKey();
                if (!key.endsWith("段")) {
                    continue;
                }
                for (int n = 2; n <= 4 && key.length() - n >= 3; n++) {
                    String section = key.substring(key.length() - n);
                    String whole = key.substring(0, key.length() - n);
                    if (!section.chars().allMatch(c -> MergeRule.han((char) c)) || whole.endsWith("段")) {
                        continue;
                    }
                    EntityType wholeType = byType.getValue().containsKey(whole) ? byType.getKey() : uniqueType(whole);
                    if (wholeType != null && !curation.different(key, whole)) {
                        relateIfApart("section", Relation.Kind.PART_OF, 1.0, byType.getKey(), key, wholeType, whole,
                                g.getValue(), groups.get(wholeType).get(whole));
                        break;
                    }
                }
            }
        }
    }

    /**
     * X升级改造, X扩建, X连通 (a project) are part of X's record when some document names X as a facility, road or
     * park (dashes written either way: {@link PunctuationVariant}).
     */
    private void works() {
        Map<String, EntityRef> things = new TreeMap<>();
        for (EntityType t : List.of(EntityType.FACILITY, EntityType.ROAD, EntityType.PARK)) {
            groups.getOrDefault(t, new TreeMap<>()).keySet().forEach(k -> things.putIfAbsent(PunctuationVariant.plain(k),
                    new EntityRef(t, k)));
        }
        for (var g : groups.getOrDefault(EntityType.PROJECT, new TreeMap<>()).entrySet()) {
            Matcher w = WORKS.matcher(g.getKey());
            EntityRef whole = w.matches() ? things.get(PunctuationVariant.plain(w.group(1))) : null;
            if (whole != null && !curation.different(g.getKey(), whole.key())) {
                relateIfApart("works-on", Relation.Kind.PART_OF, 1.0, EntityType.PROJECT, g.getKey(), whole.type(),
                        whole.key(), g.getValue(), groups.get(whole.type()).get(whole.key()));
            }
        }
    }

    /** A project named after an enterprise: X项目, X技改项目 → enterprise X (at least 3 characters, or exact). */
    private void enterpriseProjects() {
        var enterprises = groups.getOrDefault(EntityType.ENTERPRISE, new TreeMap<>());
        for (var p : groups.getOrDefault(EntityType.PROJECT, new TreeMap<>()).entrySet()) {
            String best = null;
            for (String e : enterprises.keySet()) {
                if ((p.getKey().equals(e) || e.length() >= 3 && p.getKey().startsWith(e))
                        && (best == null || e.length() > best.length())) {
                    best = e;
                }
            }
            if (best != null && !curation.different(p.getKey(), best)) {
                double score = Math.round(1000.0 * best.length() / p.getKey().length()) / 1000.0;
                relateIfApart("enterprise-project", Relation.Kind.OF_ENTERPRISE, score, EntityType.PROJECT, p.getKey(),
                        EntityType.ENTERPRISE, best, p.getValue(), enterprises.get(best));
            }
        }
    }

    /**
     * Members of a numbered collective: in the sentence that names 四沟一渠 (or 五园), the other names
     * ending in 沟 and 渠 are its parts, but only if there are exactly four and one of them.
     */
    private void collectives() {
        Map<String, List<StoredMention>> bySentence = new TreeMap<>();
        groups.values().forEach(g -> g.values().forEach(l -> l.stream().filter(m -> m.evidenceStart() >= 0)
                .forEach(m -> bySentence.computeIfAbsent(m.document() + "@" + m.evidenceStart(), k -> new ArrayList<>())
                        .add(m))));
        for (List<StoredMention> sentence : bySentence.values()) {
            for (StoredMention c : sentence) {
                String key = NameKey.of(c.surface());
                Matcher cm = COLLECTIVE.matcher(key);
                if (!cm.find()) {
                    continue;
                }
                Map<Character, Integer> want = new TreeMap<>();
                Matcher part = COLLECTIVE_PART.matcher(cm.group(1));
                while (part.find()) {
                    want.merge(part.group(2).charAt(0), numeral(part.group(1)), Integer::sum);
                }
                if (want.values().stream().mapToInt(Integer::intValue).sum() < 2) {
                    continue;
                }
                Map<Character, TreeMap<String, StoredMention>> found = new TreeMap<>();
                for (StoredMention m : sentence) {
                    String k = NameKey.of(m.surface());
                    if (m != c && !k.equals(key) && want.containsKey(k.charAt(k.length() - 1))) {
                        found.computeIfAbsent(k.charAt(k.length() - 1), x -> new TreeMap<>())
                                .putIfAbsent(m.type().key() + "|" + k, m);
                    }
                }
                boolean exact = want.entrySet().stream().allMatch(w -> found.containsKey(w.getKey())
                        && found.get(w.getKey()).size() == w.getValue());
                if (!exact) {
                    continue;
                }
                for (var members : found.values()) {
                    for (StoredMention m : members.values()) {
                        String mk = NameKey.of(m.surface());
                        if (!curation.different(mk, key)) {
                            relateIfApart("enumerated-collective", Relation.Kind.PART_OF, 1.0, m.type(), mk, c.type(),
                                    key, List.of(m), List.of(c));
                        }
                    }
                }
            }
        }
    }

    /** The user's {@code part-of} overrides, for names some document gives. */
    private void curatedParts() {
        for (Curation.Override o : curation.overrides()) {
            var byKey = groups.get(o.type());
            if (o.kind() == Curation.Kind.PART_OF && byKey != null && byKey.containsKey(o.key())
                    && byKey.containsKey(o.otherKey())) {
                relateIfApart("curation-part-of", Relation.Kind.PART_OF, 1.0, o.type(), o.key(), o.type(), o.otherKey(),
                        byKey.get(o.key()), byKey.get(o.otherKey()));
            }
        }
    }

    /** Records the relation unless both names are one entity or this rule already related them. */
    private void relateIfApart(String rule, Relation.Kind kind, double score, EntityType type, String key,
                               EntityType otherType, String other, List<StoredMention> a, List<StoredMention> b) {
        if (canonical.get(new EntityRef(type, key)).equals(canonical.get(new EntityRef(otherType, other)))) {
            return;
        }
        List<StoredMention> ms = new ArrayList<>(a);
        ms.addAll(b);
        PendingDecision p = new PendingDecision(rule, Decision.Outcome.RELATED, kind, score, type, key, otherType, other,
                ms);
        if (pending.stream().noneMatch(q -> q.rule().equals(rule) && q.a().equals(key) && q.b().equals(other)
                && q.type() == type && q.otherType() == otherType)) {
            pending.add(p);
        }
    }

    /**
     * The one name of {@code byKey} that is {@code whole} (4+ characters) with a place prefix in front (the
     * government's own name, an enclosing one's, or a county-or-larger place inside it, as {@link DropPlacePrefix}
     * strips), or null if none or several are.
     */
    private String placedWhole(TreeMap<String, List<StoredMention>> byKey, String whole) {
        if (whole.length() < 4 || !DropPlacePrefix.restAfterPlace(whole)) {
            return null;
        }
        List<String> found = byKey.keySet().stream().filter(k -> k.length() > whole.length() && k.endsWith(whole)
                && places.placePrefix(k.substring(0, k.length() - whole.length()))).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The one type that has a group named {@code key}, or null if none or several do (an enterprise beside
     * one other type does not count: a company and its works share a name).
     */
    private EntityType uniqueType(String key) {
        List<EntityType> types = groups.entrySet().stream().filter(e -> e.getValue().containsKey(key))
                .map(Map.Entry::getKey).toList();
        if (types.size() == 2 && types.contains(EntityType.ENTERPRISE)) {
            return types.get(0) == EntityType.ENTERPRISE ? types.get(1) : types.get(0);
        }
        return types.size() == 1 ? types.get(0) : null;
    }

    /** The value of a Chinese numeral below 100: 两, 四, 十, 十二, 二十, 二十三. */
    static int numeral(String s) {
        String digits = "一二三四五六七八九";
        if (s.equals("两")) {
            return 2;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(s.length() - 1)) + 1;
        return tens * 10 + ones;
    }
}
