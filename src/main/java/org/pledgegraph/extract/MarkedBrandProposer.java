package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the firm at the head of a longer name when a place, a number or Latin letters, or a phase follows
 * it: "某某某市研发中心", "某某12英寸生产线", "某某MDI扩建", "某某二期项目". {@link BrandProposer} needs a product or unit
 * word after the firm; these marks end a firm's short name as clearly. Proposed only for the judge to decide.
 */
final class MarkedBrandProposer implements Recognizer, Proposer {
    private static final int MIN_BRAND = 2;
    private static final int MAX_BRAND = 6;
    private final AdminPlaceNames places;

    MarkedBrandProposer(AdminPlaceNames places) {
        this.places = places;
    }

    @Override
    public String source() {
        return "MarkedBrand";
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
            if (!NameScanner.isNameChar(t.charAt(i)) || !BrandProposer.startsName(t, i)
                    || NameScanner.stopStartingAt(t, i) != null) {
                continue;
            }
            for (int k = MIN_BRAND, longest = BrandProposer.hanRun(t, i, MIN_BRAND, MAX_BRAND); k <= longest; k++) {
                String brand = t.substring(i, i + k);
                int at = i + k;
                String place = places.startingAt(t, at);
                boolean marked = place != null && at + place.length() < t.length()
                        && NameScanner.isNameChar(t.charAt(at + place.length()))
                        || FirmMarks.numberOrPhase(t, at);
                if (marked && FirmMarks.plausible(brand, places) && BrandProposer.suffixFollows(t, at)) {
                    out.add(new Candidate(EntityType.ENTERPRISE, sentence.begin() + i, sentence.begin() + at, brand,
                            null));
                }
            }
        }
        return out;
    }
}
