package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Names made by a phase alone, without a type suffix: "东湖总部二期建成投用", "X一二期". The base
 * is delimited like any name; a base with its own suffix keeps that type, otherwise it is a project.
 */
public final class PhaseRecognizer implements Recognizer {
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十]{1,4}期(?![间限待望货刊末初内中])");

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.PROJECT);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = PHASE.matcher(t);
        while (m.find()) {
            int bodyEnd = m.start();
            if (bodyEnd < 2 || t.charAt(bodyEnd - 1) == '第' || !NameScanner.isNameChar(t.charAt(bodyEnd - 1))) {
                continue;
            }
            int start = NameScanner.start(t, bodyEnd);
            if (start < 0 || bodyEnd - start < 2 || SuffixRecognizer.isCategory(t, start)) {
                continue;
            }
            String body = t.substring(start, bodyEnd);
            EntityType type = Suffixes.typeOf(body);
            boolean specific = type != null && body.length() >= 5; // a phase makes "临江示范园四五六期" specific
            if (!specific && NameScanner.isGeneric(body) || body.matches(".*\\d.*")) {
                continue;
            }
            if (type == null) {
                type = EntityType.PROJECT;
            }
            out.add(new Candidate(type, sentence.begin() + start, sentence.begin() + m.end(), t.substring(start, m.end()), null));
        }
        return out;
    }
}
