package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Span;
import org.pledgegraph.model.Stage;
import org.pledgegraph.text.NormalizedText;

/** Turns a candidate into a mention: original offsets, evidence, stage, modality, year, industry and place. */
final class MentionFactory {
    private static final Pattern OWN_PLACE = Pattern.compile("^(\\p{IsHan}{2,4}?(?:镇|乡|街道))");
    private static final Pattern CLAUSE_PLACE = Pattern.compile(
            "(?:位于|在|落户|地处|落地)(\\p{IsHan}{2,10}?(?:镇|乡|街道|开发区|产业集聚区|高新区))");

    private final Lexicon industries;

    MentionFactory(Lexicon industries) {
        this.industries = industries;
    }

    Lexicon industries() {
        return industries;
    }

    Mention create(Candidate c, ScopedSentence s, NormalizedText text) {
        return create(c, s, text, List.of());
    }

    /** As {@link #create(Candidate, ScopedSentence, NormalizedText)}, with the sentence's other names kept. */
    Mention create(Candidate c, ScopedSentence s, NormalizedText text, List<Candidate> sentenceNames) {
        String t = s.text();
        int begin = c.begin() - s.begin();
        int end = c.end() - s.begin();
        Span span = text.toOriginal(c.begin(), c.end());
        Span sentence = text.toOriginal(s.begin(), s.sentence().end());
        String covered = text.surfaceOf(span);
        String normalizedCovered = t.substring(begin, end);
        // a name broken by a hard line break ("万\n\n意广场") is the name without the break
        // A figure is written as its number and unit ("170亿元"); its normalised form lives in the Figure.
        String surface = c.type().isFigure() ? covered.replaceAll("[\\r\\n]+", "")
                : !c.name().equals(normalizedCovered) ? drawnFrom(c.name(), s, begin, end, text)
                : covered.indexOf('\n') >= 0 || covered.indexOf('\r') >= 0 ? normalizedCovered : covered;
        Stage stage;
        Modality modality;
        List<int[]> members = new ArrayList<>();
        for (Candidate o : sentenceNames) {
            if (o != c && !o.type().isFigure()) {
                members.add(new int[] {o.begin() - s.begin(), o.end() - s.begin()});
            }
        }
        if (c.type().isFigure()) {
            stage = null;
            modality = c.type() == EntityType.TARGET ? Modality.COMMITMENT : Modality.REPORT;
        } else if (s.glossary()) {
            stage = null; // a glossary entry explains a term: "“两园一区”：指加快规划建设的A、B" promises nothing
            modality = Modality.REFERENCE;
        } else {
            stage = Cues.stage(t, begin, end, s.scope(), c.type(), members);
            modality = ModalityCues.modality(t, begin, end, s.scope(), stage, members);
        }
        String industry = null;
        String place = null;
        if (!c.type().isFigure()) {
            industry = industries.find(c.name());
            if (industry == null) {
                industry = industries.find(t.substring(Clause.start(t, begin), Clause.end(t, end)));
            }
            place = place(c.name(), t.substring(Clause.start(t, begin), Clause.end(t, end)));
        }
        return new Mention(conventionalType(c), surface, span, sentence, sentence.of(text.original()), stage, modality,
                c.year() != null ? c.year() : s.year(), c.figure(), industry, place);
    }

    /** The candidate's type as the annotation convention has it for routes, areas and facilities. */
    private static EntityType conventionalType(Candidate c) {
        return FacilityType.of(AreaType.of(RouteType.of(c.type(), c.name()), c.name()), c.name());
    }

    private static String place(String name, String clause) {
        Matcher own = OWN_PLACE.matcher(name);
        if (own.find() && own.end() < name.length()) {
            return own.group(1);
        }
        Matcher m = CLAUSE_PLACE.matcher(clause);
        while (m.find()) {
            if (!name.contains(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * A distributed name ("甲、乙等项目" → 甲项目) in the characters the report wrote: the name is built from the
     * normalised text (a variant such as 昇 is read as 升), but its surface is provenance and keeps the original
     * character of each position it was drawn from; the name itself when it is not drawn in order.
     */
    private static String drawnFrom(String name, ScopedSentence s, int begin, int end, NormalizedText text) {
        String t = s.text();
        StringBuilder out = new StringBuilder(name.length());
        int j = begin;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            while (j < end && t.charAt(j) != ch) {
                j++;
            }
            if (j == end) {
                return name;
            }
            out.append(Character.isSurrogate(ch) ? String.valueOf(ch)
                    : text.surfaceOf(text.toOriginal(s.begin() + j, s.begin() + j + 1)));
            j++;
        }
        return out.toString();
    }
}
