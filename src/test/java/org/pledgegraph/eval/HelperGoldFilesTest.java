package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The helper gold (a second held-out set, kept apart from the shared gold) and the helper training gold parse,
 * point into their reports in ../shared/corpus/local, and every document belongs to the set it is scored as.
 */
class HelperGoldFilesTest {
    private static final Path GOLD = Path.of("src/test/resources/gold-helper");
    private static final Path TRAIN = Path.of("src/test/resources/gold-train");
    /** Session 25's training gold, which the shipped judge reads (not the tagger) since session 31; its README says why. */
    private static final Path MORE = Path.of("src/test/resources/gold-train-more");
    private static final Path TEXTS = Path.of("..", "shared", "corpus", "local");
    /** File-stem prefix → the government as the store names it (the split is keyed by government). */
    private static final Map<String, String> GOVERNMENTS = Map.ofEntries(
            Map.entry("sichuansheng", "四川省"),
            Map.entry("shenzhen-nanshanqu", "深圳市南山区"),
            Map.entry("hubeisheng", "湖北省"),
            Map.entry("shenzhen-luohuqu", "深圳市罗湖区"),
            Map.entry("shenzhen-pingshanqu", "深圳市坪山区"),
            Map.entry("hunansheng", "湖南省"),
            Map.entry("yunnansheng", "云南省"),
            Map.entry("shenzhen-longhuaqu", "深圳市龙华区"),
            Map.entry("shenzhen-guangmingqu", "深圳市光明区"),
            Map.entry("shandongsheng", "山东省"),
            Map.entry("shenzhen-dapengxinqu", "深圳市大鹏新区"),
            Map.entry("guangdongsheng", "广东省"),
            Map.entry("anhuisheng", "安徽省"),
            Map.entry("jiangsusheng", "江苏省"),
            Map.entry("fujiansheng", "福建省"),
            Map.entry("chongqingshi", "重庆市"),
            Map.entry("hebeisheng", "河北省"),
            Map.entry("shaanxisheng", "陕西省"),
            Map.entry("guangxi", "广西壮族自治区"),
            Map.entry("heilongjiangsheng", "黑龙江省"),
            Map.entry("beijingshi", "北京市"),
            Map.entry("jilinsheng", "吉林省"),
            Map.entry("shanxisheng", "山西省"),
            Map.entry("tianjinshi", "天津市"),
            Map.entry("shanghaishi", "上海市"),
            Map.entry("liaoningsheng", "辽宁省"),
            Map.entry("xinjiang", "新疆维吾尔自治区"),
            Map.entry("xizang", "西藏自治区"),
            Map.entry("neimenggu", "内蒙古自治区"),
            Map.entry("ningxia", "宁夏回族自治区"),
            Map.entry("qinghaisheng", "青海省"),
            Map.entry("jiangxisheng", "江西省"),
            Map.entry("gansusheng", "甘肃省"),
            Map.entry("hainansheng", "海南省"),
            Map.entry("shenzhenshi", "深圳市"));

    @Test
    void everyEvidenceIsOneVerbatimLineOfItsReport() throws IOException {
        GoldSet set = assertEvidenceVerbatimAndSet(GOLD, 4, "held-out-helper");
        assertEquals(4, set.documents().size(), "helper gold documents");
    }

    @Test
    void continuityPairsNameEntitiesOfTheirTwoDocuments() {
        GoldSet set = GoldReader.readSet(GOLD);
        assertEquals(2, set.reappear().size(), "one continuity file per pair");
        set.reappear().forEach(r -> assertTrue(r.rows().size() >= 20, r + ": too few rows to score"));
    }

    @Test
    void trainingGoldEvidenceIsVerbatimAndScoredAsTraining() throws IOException {
        // At least the 湖北省 pair; other annotators add their pairs to the same folder.
        GoldSet set = assertEvidenceVerbatimAndSet(TRAIN, 2, "train-helper");
        assertEquals(set.documents().size() / 2, set.reappear().size(), "one continuity file per pair");
        set.reappear().forEach(r -> assertTrue(r.rows().size() >= 10, r + ": too few rows to score"));
    }

    @Test
    void moreTrainingGoldIsVerbatimAndApart() throws IOException {
        GoldSet set = assertEvidenceVerbatimAndSet(MORE, 38, "train-more");
        assertEquals(set.documents().size() / 2, set.reappear().size(), "one continuity file per pair");
        set.reappear().forEach(r -> assertTrue(r.rows().size() >= 10, r + ": too few rows to score"));
        // Folds are cut by government: a dev government's document in gold-train would be scored in its fold.
        GoldReader.readSet(TRAIN).documents().forEach(d -> assertFalse(
                governmentOf(d.stem()).equals("深圳市"), d.stem() + " belongs in " + MORE));
    }

    private static GoldSet assertEvidenceVerbatimAndSet(Path dir, int minDocuments, String expectedSet)
            throws IOException {
        GoldSet set = GoldReader.readSet(dir);
        assertTrue(set.documents().size() >= minDocuments, dir + " documents: " + set.documents().size());
        List<String> problems = new ArrayList<>();
        for (GoldDocument doc : set.documents()) {
            String text = Files.readString(TEXTS.resolve(doc.stem() + ".txt"), StandardCharsets.UTF_8);
            assertFalse(doc.rows().isEmpty(), doc.stem());
            for (GoldRow row : doc.rows()) {
                String e = row.evidence();
                if (!text.contains(e) || e.length() < 8 || e.length() > 40 || e.contains("\n")) {
                    problems.add(doc.stem() + ".tsv:" + row.line() + " «" + e + "»");
                }
            }
            assertEquals(expectedSet, set.split().setOf(doc.stem(), governmentOf(doc.stem())), doc.stem());
        }
        assertEquals(List.of(), problems);
        return set;
    }

    private static String governmentOf(String stem) {
        String government = GOVERNMENTS.get(stem.replaceFirst("-\\d{4}$", ""));
        assertTrue(government != null, "no government known for " + stem);
        return government;
    }
}
