package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void keyDropsQuotesSpacesAndTrailingProjectWords() {
        assertEquals("中复连众机器换人", Names.key("中复连众“机器换人”工程"));
        assertEquals("人民大道拓宽改造", Names.key("人民大道拓宽改造工程建设项目"));
        assertEquals("中华路", Names.key(" 中华\n路 "));
        assertEquals("5G泛在低空飞行测试基地", Names.key("５Ｇ泛在低空飞行测试基地"));
    }

    @Test
    void keyKeepsANameMadeOnlyOfProjectWords() {
        assertEquals("工程", Names.key("工程"));
    }

    @Test
    void evidenceComparisonIgnoresLineBreaksAndWidth() {
        assertTrue(Names.evidenceContains("加快中信印染\n产业园建设，尽快达产", "中信印染产业园建设,尽快"));
    }
}
