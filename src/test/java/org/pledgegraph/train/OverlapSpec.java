package org.pledgegraph.train;

import org.pledgegraph.extract.BoundaryChoice;
import org.pledgegraph.extract.OverlapChoice;

/**
 * An overlap choice written for the dev tools' {@code -Doverlaps}: {@code longer,shorter,clean[,bare[,locate[,types[,nestAt]]]]}
 * ({@link BoundaryChoice}'s parameters; trailing parts left out take {@link BoundaryChoice#SHIPPED}'s values) or
 * {@code judge} (or nothing, as in {@code base=}) for the judge's order alone. Session 11's choice is
 * {@code 0.1,0,0,0,Infinity}.
 */
final class OverlapSpec {
    private OverlapSpec() {
    }

    static OverlapChoice parse(String spec) {
        String s = spec.strip();
        if (s.isEmpty() || s.equals("judge")) {
            return OverlapChoice.JUDGE;
        }
        BoundaryChoice shipped = BoundaryChoice.SHIPPED;
        String[] w = s.split(",");
        return new BoundaryChoice(at(w, 0, shipped.longer()), at(w, 1, shipped.shorter()), at(w, 2, shipped.clean()),
                at(w, 3, shipped.bare()), w.length > 5 ? w[5].equals("types") : shipped.types(),
                at(w, 4, shipped.locate()), at(w, 6, shipped.nestAt()));
    }

    private static double at(String[] w, int i, double otherwise) {
        return w.length > i && !w[i].isBlank() ? Double.parseDouble(w[i].strip()) : otherwise;
    }
}
