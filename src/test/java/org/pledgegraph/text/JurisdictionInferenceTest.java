package org.pledgegraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JurisdictionInferenceTest {
    @Test
    void stateCouncilReportIsNational() {
        assertEquals(Optional.of("中华人民共和国"),
                JurisdictionInference.infer("各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。"));
    }

    @Test
    void countyBodiesGiveTheCountyAndTheLongFormWins() {
        String text = "东山县第九届人民代表大会第二次会议文件\n\n政府工作报告\n\n临江市东山县人民政府县长 某某\n\n"
                + "东山县第九届人民代表大会第二次会议于3月召开。";
        assertEquals(Optional.of("临江市东山县"), JurisdictionInference.infer(text));
    }

    @Test
    void partyCongressNamesItsDistrict() {
        assertEquals(Optional.of("临江市西城区"),
                JurisdictionInference.infer("中国共产党临江市西城区第八次代表大会于5月召开。大会回顾了工作。"));
    }

    @Test
    void textWithoutABodyHasNone() {
        assertEquals(Optional.empty(), JurisdictionInference.infer("今年要加快建设数字经济产业园。"));
    }
}
