package org.pledgegraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value types on their own: keys round-trip, constructors refuse what cannot be. */
class ModelTest {
    @Test
    void everyComparisonIsAnIndividualOfTheOntologysComparatorClass() throws IOException {
        String ontology = Files.readString(Path.of("ontology", "pledgegraph.ttl"));
        for (Comparison c : Comparison.values()) {
            assertTrue(ontology.contains("pg:" + c.localName() + " a owl:NamedIndividual , pg:Comparator"), c.localName());
        }
    }

    @Test
    void keysRoundTrip() {
        for (EntityType t : EntityType.values()) {
            assertEquals(Optional.of(t), EntityType.fromKey(t.key()));
        }
        for (Modality m : Modality.values()) {
            assertEquals(Optional.of(m), Modality.fromKey(m.localName()));
            assertEquals(Optional.of(m), Modality.fromKey(m.key()));
        }
        assertEquals(Optional.empty(), EntityType.fromKey("no-such-type"));
    }

    @Test
    void stemIsTheNameBeforeTheLastDot() {
        assertEquals("a.b", DocumentMeta.stemOf("a.b.txt"));
        assertEquals("report", DocumentMeta.stemOf("report"));
        assertEquals(".hidden", DocumentMeta.stemOf(".hidden"));
    }

    @Test
    void anImplausibleYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentMeta("x.txt", "x", null, 1066, "", "", ""));
        assertEquals("", new DocumentMeta("x.txt", "x", null, 2024, null, null, null).jurisdiction());
    }
}
