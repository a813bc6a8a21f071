package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Document-level features of a name (text and names invented). */
class NameAggregatesTest {
    @Test
    void everyOccurrenceSeesTheOthers() {
        String text = "建成“青禾驿站”。推进青禾驿站、白桦书院等建设。青禾驿站项目开工。";
        Map<String, List<String>> f = NameAggregates.of(text, List.of(
                new NameAggregates.Seen("青禾驿站", "Facility", "rule", "complete"),
                new NameAggregates.Seen("青禾驿站", "Quoted", "rule", "build"),
                new NameAggregates.Seen("白桦书院", "Facility", "rule", "build"),
                new NameAggregates.Seen("禾驿站", "Facility", "trim1", "none")));
        List<String> a = f.get("青禾驿站");
        assertTrue(a.containsAll(List.of("d.quoted", "d.listed", "d.proj", "d.bare", "d.vc=build", "d.vc=complete",
                "d.nsrc=<=2", "d.rv=r", "d.in=<=0", "d.has=<=1")), a.toString());
        List<String> b = f.get("白桦书院");
        assertTrue(b.contains("d.deng") && b.contains("d.listed"), b.toString());
        assertFalse(b.contains("d.quoted"), b.toString());
        List<String> c = f.get("禾驿站");
        assertTrue(c.contains("d.in=<=1") && c.contains("d.rv=v") && c.contains("d.nvc=0"), c.toString());
        assertFalse(c.contains("d.bare"), "always inside a longer run of Han characters: " + c);
    }
}
