package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the firm named after a place at the head of a project's name: "建成某市某某新材料项目" names the firm
 * 某某 after the city the plant is in. {@link BrandProposer} looks for the firm only where a name starts, so the
 * place's characters run into its candidate. What may follow the firm is what BrandProposer accepts (a product,
 * industry or unit word), a phase (一期, 二期) or a number or Latin letters (a capacity, a model: "某某12英寸…").
 * Proposed only for the judge to decide.
 */
final class PlacedBrandProposer implements Recognizer, Proposer {
    private static final int MIN_BRAND = 2;
    private static final int MAX_BRAND = 6;
    private final WordIndex units;
    private final AdminPlaceNames places;

    PlacedBrandProposer(Lexicon industries, AdminPlaceNames places) {
        this.units = BrandProposer.units(industries);
        this.places = places;
    }

    @Override
    public String source() {
        return "PlacedBrand";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.ENTERPRISE);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i + MIN_BRAND < t.length(); i++) {
            if (!NameScanner.isNameChar(t.charAt(i)) || !BrandProposer.startsName(t, i)) {
                continue;
            }
            String place = places.startingAt(t, i);
            if (place == null) {
                continue;
            }
            int b = i + place.length();
            for (int k = MIN_BRAND, longest = BrandProposer.hanRun(t, b, MIN_BRAND, MAX_BRAND); k <= longest; k++) {
                String brand = t.substring(b, b + k);
                if (FirmMarks.follows(t, b + k, units) && FirmMarks.plausible(brand, places)
                        && BrandProposer.suffixFollows(t, b + k)) {
                    out.add(new Candidate(EntityType.ENTERPRISE, sentence.begin() + b, sentence.begin() + b + k, brand,
                            null));
                }
            }
        }
        return out;
    }
}
