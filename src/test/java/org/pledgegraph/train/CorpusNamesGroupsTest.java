package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.text.Places;

/**
 * The name table counts unrelated government groups (a city and its districts are one, two provinces two, two
 * districts of one city without the city two) and reads a name's unique mark; the category cut uses both.
 * Invented names, real places.
 */
class CorpusNamesGroupsTest {
    private static final Places PLACES = Places.bundled();

    @Test
    void governmentsLinkedByContainmentCountOnce() {
        // A university-like name of a city and its districts; a park-like category of districts and provinces.
        CorpusNames names = new CorpusNames(Map.of(
                "深圳市", Set.of("甲乙理工大学"),
                "深圳市罗湖区", Set.of("甲乙理工大学", "微绿小园"),
                "深圳市福田区", Set.of("甲乙理工大学", "微绿小园"),
                "深圳市龙岗区", Set.of("微绿小园", "河南省丙丁示范园"),
                "河南省", Set.of("微绿小园", "河南省丙丁示范园"),
                "贵州省", Set.of("微绿小园", "河南省丙丁示范园"),
                "四川省", Set.of("微绿小园", "河南省丙丁示范园"),
                "云南省", Set.of("微绿小园"),
                "山东省", Set.of("微绿小园")), List.of());
        Map<String, Specificity.Row> rows = names.rows(Set.of(), 2, PLACES);
        assertEquals(new Specificity.Row(3, 1, null), rows.get("甲乙理工大学"));
        // Three districts of one city without the city: three groups; five provinces: five more.
        assertEquals(new Specificity.Row(8, 8, null), rows.get("微绿小园"));
        assertEquals(4, rows.get("河南省丙丁示范园").groups());
        assertEquals("same-name-place-named", rows.get("河南省丙丁示范园").mark());
        // Leaving governments out removes their uses.
        assertEquals(new Specificity.Row(2, 2, null), names.rows(Set.of("河南省", "贵州省", "四川省", "云南省",
                "山东省", "深圳市龙岗区"), 2, PLACES).get("微绿小园"));

        Specificity spec = Specificity.ofRows(rows, 2);
        assertTrue(spec.isCategory("微绿小园项目"), "8 unrelated groups, no mark");
        assertFalse(spec.isCategory("甲乙理工大学"), "one city and its districts");
        assertFalse(spec.isCategory("河南省丙丁示范园"), "marked by a place name");
        assertTrue(spec.marked("河南省丙丁示范园"));
        assertEquals(8, spec.groups("微绿小园"));
        // The cut is on groups, not governments: nine governments of one city's family are one group.
        assertFalse(Specificity.ofRows(Map.of("甲乙理工大学", new Specificity.Row(9, 1, null)), 2)
                .isCategory("甲乙理工大学"));
        assertEquals(0, spec.groups("没有的名字"));
    }

    @Test
    void readsFourColumnAndOlderTwoColumnRows() throws IOException {
        String table = "# minimum 3\n微绿小园\t12\t7\t-\n甲乙理工大学\t9\t1\t-\n河南省丙丁示范园\t9\t9\tsame-name-place-named\n旧表名\t20\n";
        Specificity spec = Specificity.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
        assertEquals(12, spec.governments("微绿小园"));
        assertEquals(7, spec.groups("微绿小园"));
        assertTrue(spec.isCategory("微绿小园"));
        assertFalse(spec.isCategory("甲乙理工大学"));
        assertFalse(spec.isCategory("河南省丙丁示范园"));
        assertEquals(20, spec.groups("旧表名"), "an older row: each government its own group");
        assertTrue(spec.isCategory("旧表名"));
        assertNull(spec.rows().get("甲乙理工大学").mark());
        assertEquals(3, spec.minimum());
    }
}
