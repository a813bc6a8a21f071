package org.pledgegraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class YearInferenceTest {
    private static int yearOf(String file) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            Path p = s.filter(x -> x.getFileName().toString().startsWith(file)).findFirst().orElseThrow();
            return YearInference.infer(Files.readString(p), "doc.txt").orElseThrow();
        }
    }

    @Test
    void infersTheSeedYearsFromTextCues() throws IOException {
        assertEquals(2021, yearOf("000_"));
        assertEquals(2022, yearOf("001_"));
        assertEquals(2024, yearOf("002_"));
        assertEquals(2022, yearOf("003_"));
        assertEquals(2026, yearOf("004_"));
    }

    @Test
    void infersNationalReportYears() throws IOException {
        Path dir = Path.of("..", "shared", "corpus", "national");
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (int y = 2016; y <= 2025; y++) {
            String text = Files.readString(dir.resolve("national-" + y + ".txt"));
            assertEquals(OptionalInt.of(y), YearInference.infer(text, "report.txt"), "national-" + y);
        }
    }

    @Test
    void readsDatedDeliveryLine() {
        assertEquals(OptionalInt.of(2022), YearInference.infer("——2022年4月18日在第十一届人民代表大会上", "x.txt"));
    }

    @Test
    void readsPlanTitleOfASessionNewsItem() {
        assertEquals(OptionalInt.of(2024), YearInference.infer("审查了《北关区2023年国民经济和社会发展规划执行情况与2024年计划(草案)的报告》", "x.txt"));
    }

    @Test
    void readsFiveYearPlanOpeningYear() {
        assertEquals(OptionalInt.of(2026), YearInference.infer("会议强调,今年是“十五五”规划开局之年。", "x.txt"));
    }

    @Test
    void fallsBackToFileNameYear() {
        assertEquals(OptionalInt.of(2019), YearInference.infer("没有年份线索。", "report-2019.txt"));
        assertEquals(OptionalInt.empty(), YearInference.infer("没有年份线索。", "report.txt"));
    }
}
