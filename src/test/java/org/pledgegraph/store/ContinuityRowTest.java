package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The continuity table's text form: what resolution writes, the government page reads back unchanged. */
class ContinuityRowTest {
    private static final String BASE = "https://w3id.org/pledgegraph/";

    @Test
    void decodeGivesBackTheEncodedRows() {
        List<ContinuityRow> rows = List.of(
                new ContinuityRow(2022, "a-2022", "a-2022.txt", BASE + "id/project/1", "某某项目", "Project", "Commitment",
                        "UnderConstruction", 12, BASE + "id/mention/a-2022-12-16-ab"),
                new ContinuityRow(2024, "a-2024", "a 2024.txt", "https://example.org/e", "", "Park", "Report", "", 0,
                        "https://example.org/m"));
        assertEquals(rows, ContinuityRow.decode(ContinuityRow.encode(rows, BASE), BASE));
    }

    @Test
    void linesWithoutTenFieldsAreSkipped() {
        String good = "2022\ts\tf\t~id/park/1\t名\tPark\tReport\t\t5\t~id/mention/s-5-7-x";
        String text = "2021\tshort\n" + good + "\n" + good + "\textra\n\n" + good;
        List<ContinuityRow> rows = ContinuityRow.decode(text, BASE);
        assertEquals(2, rows.size());
        assertEquals(new ContinuityRow(2022, "s", "f", BASE + "id/park/1", "名", "Park", "Report", "", 5,
                BASE + "id/mention/s-5-7-x"), rows.get(1));
    }
}
