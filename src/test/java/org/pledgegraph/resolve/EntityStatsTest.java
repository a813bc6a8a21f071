package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.StoredMention;

class EntityStatsTest {
    private static StoredMention m(String doc, int docYear, Modality modality, Stage stage, Integer aboutYear) {
        return new StoredMention(doc + "#" + modality + stage + aboutYear, EntityType.PROJECT, "示例项目", doc,
                aboutYear, null, null, 0, docYear, modality, stage);
    }

    @Test
    void countsYearsAndPromisingDocuments() {
        EntityStats s = EntityStats.of(List.of(
                m("a", 2021, Modality.COMMITMENT, Stage.PLANNED, null),
                m("a", 2021, Modality.REFERENCE, null, null),
                m("b", 2022, Modality.COMMITMENT, null, null),
                m("c", 2024, Modality.REFERENCE, null, null)));
        assertEquals(List.of(4, 3, 2021, 2024, 2021, 2), List.of(s.mentionCount(), s.documentCount(), s.firstYear(),
                s.lastYear(), s.firstPromised(), s.promiseDocuments()));
        assertNull(s.completedIn(), "no report of completion");
        assertEquals(Stage.PLANNED, s.lastStage());
        assertEquals(2021, s.lastStageYear());
    }

    @Test
    void completionCountsOnlyReportsFromLaterDocumentsAboutAYearNotBeforeThePromise() {
        EntityStats s = EntityStats.of(List.of(
                m("p", 2022, Modality.COMMITMENT, null, null),
                m("same-year", 2022, Modality.REPORT, Stage.COMPLETED, null),     // not a later document
                m("older", 2024, Modality.REPORT, Stage.OPERATING, 2021),        // about a year before the promise
                m("later", 2025, Modality.REPORT, Stage.UNDER_CONSTRUCTION, null), // not done
                m("done", 2026, Modality.REPORT, Stage.COMPLETED, 2023),
                m("done-again", 2026, Modality.REPORT, Stage.OPERATING, null)));
        assertEquals(2023, s.completedIn());
        assertEquals(Stage.OPERATING, s.lastStage(), "the most advanced stage of the latest document");
        assertEquals(2026, s.lastStageYear());
    }

    @Test
    void nothingIsCompletedWithoutAPromise() {
        EntityStats s = EntityStats.of(List.of(m("r", 2022, Modality.REPORT, Stage.COMPLETED, null)));
        assertNull(s.firstPromised());
        assertNull(s.completedIn());
        assertEquals(0, s.promiseDocuments());
    }

    @Test
    void anEntityWithoutMentionsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> EntityStats.of(List.of()));
    }
}
