package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.text.Places;

/** The forms of a name with its own government's name in front or left out (places of GB/T 2260; names invented). */
class OwnPrefixVariantsTest {
    private static final OwnPrefixVariants V = new OwnPrefixVariants(Places.bundled());
    private static final String DISTRICT = "110101"; // 北京市东城区
    private static final String PROVINCE = "130000"; // 河北省

    @Test
    void aPrefixedNameGivesTheRestAndTheOtherPrefixes() {
        List<String> forms = V.of("东城青松湖公园", DISTRICT);
        assertTrue(forms.containsAll(List.of("青松湖公园", "区青松湖公园", "东城区青松湖公园")), forms.toString());
        assertFalse(forms.contains("东城青松湖公园"));
    }

    @Test
    void aLevelWordStandsForTheGovernment() {
        assertTrue(V.of("区青松湖公园", DISTRICT).contains("东城区青松湖公园"));
        assertTrue(V.of("省青松湖研究院", PROVINCE).contains("河北省青松湖研究院"));
    }

    @Test
    void aWordTheLevelCharacterBeginsIsNoGovernment() {
        assertFalse(V.of("省外就业服务平台", PROVINCE).contains("外就业服务平台"));
        assertFalse(V.of("市民服务中心", DISTRICT).contains("民服务中心"));
    }

    @Test
    void aShortRestOrAnUnknownGovernmentGivesNothing() {
        assertEquals(List.of(), V.of("东城公园", DISTRICT), "the rest must be a name of its own");
        assertEquals(List.of(), V.of("东城青松湖公园", ""));
    }
}
