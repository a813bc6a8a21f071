package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/** The proposers that only a judge may keep, and nested names beside the name they sit in. Names invented. */
class ProposersTest {
    private static ScopedSentence sentence(String text) {
        return new ScopedSentence(new Sentence(0, text.length(), text, 0, true), TimeScope.PLAN, 2025, false);
    }

    private static List<String> names(Recognizer r, String text) {
        return r.recognize(sentence(text)).stream().map(Candidate::name).toList();
    }

    @Test
    void listMembersGetTheHeadTheyShare() {
        List<String> n = names(new SharedHeadProposer(), "加快建设青松、白桦、云杉等大型水库,推进红枫、绿柳等5个港航项目。");
        assertTrue(n.containsAll(List.of("青松水库", "白桦水库", "云杉水库", "红枫港航项目", "绿柳港航项目")), n.toString());
        assertFalse(n.contains("青松大型水库"), "the size word stays with the list: " + n);
    }

    @Test
    void aMemberBetweenTwoPlacesSharesTheHead() {
        List<String> n = names(new SharedHeadProposer(), "建成青松至白桦、红枫经绿柳至云杉、金桂至银平等高速公路。");
        assertTrue(n.containsAll(List.of("青松至白桦高速公路", "红枫经绿柳至云杉高速公路", "金桂至银平高速公路")), n.toString());
    }

    @Test
    void aPlaceEndingIn平BeforeEtcClosesTheList() {
        assertTrue(Etc.closesList("推进青松、银平等园区建设", 7), "银平 + 等");
        assertFalse(Etc.closesList("坚持权利平等、机会平等", 5), "the word 平等");
        assertFalse(Etc.closesList("一视同仁、平等对待", 6), "平等 right after a joint is the word");
        assertTrue(Etc.closesList("推进青松、银中等园区建设", 7), "银中 + 等");
        assertFalse(Etc.closesList("发展普通高中、中等职业教育", 8), "中等 right after a joint is the word");
    }

    @Test
    void aCountInPlaceOfEtcClosesAList() {
        List<String> n = names(new ListHeadProposer(), "支持青松、白桦、云杉3个省实验室建设,建成红枫、绿柳两条高速公路。");
        assertTrue(n.containsAll(List.of("青松省实验室", "白桦省实验室", "云杉省实验室", "青松实验室", "红枫高速公路",
                "绿柳高速公路")), n.toString());
        assertTrue(names(new ListHeadProposer(), "新建青松路3个停车场。").isEmpty(), "no list, no shared head");
    }

    @Test
    void aSingleMemberBeforeEtcGetsItsHead() {
        List<String> n = names(new ListHeadProposer(), "完成青松湾等12个公园改造,推动白桦岭等大型郊野公园建设。");
        assertTrue(n.containsAll(List.of("青松湾公园", "白桦岭郊野公园")), n.toString());
        assertFalse(n.contains("白桦岭大型郊野公园"), "the size word stays with the list: " + n);
        assertTrue(names(new ListHeadProposer(), "推进青松、白桦等大型水库建设。").isEmpty(),
                "a list of two is the shared-head proposer's");
    }

    @Test
    void aRoadBetweenTwoPlacesIsOneMember() {
        assertTrue(names(new ListHeadProposer(), "建成青松至白桦等高速公路。").contains("青松至白桦高速公路"));
    }

    @Test
    void aHeadAfterTheLastMemberIsShared() {
        List<String> n = names(new SharedHeadProposer(), "持续推进青松、白桦国家物流枢纽建设。");
        assertTrue(n.contains("青松国家物流枢纽"), n.toString());
        List<String> m = names(new SharedHeadProposer(), "加快云杉、红枫岭水库灌区建设。");
        assertTrue(m.contains("云杉水库灌区"), m.toString());
    }

    @Test
    void sharedNamesCoverTheirMemberAndTheHead() {
        String t = "加快建设青松、白桦等大型水库。";
        Candidate c = new SharedHeadProposer().recognize(sentence(t)).stream()
                .filter(x -> x.name().equals("青松水库")).findFirst().orElseThrow();
        assertEquals("青松、白桦等大型水库", t.substring(c.begin(), c.end()));
    }

    @Test
    void quotedNamesWithTheirSuffixAndPlace() {
        List<String> n = names(new QuotedNameProposer(), "完善“青松速办”平台,全面完成白桦山区“绿水工程”建设。");
        assertTrue(n.containsAll(List.of("“青松速办”平台", "青松速办", "白桦山区“绿水工程”", "绿水工程")), n.toString());
        assertTrue(names(new QuotedNameProposer(), "坚持“两个毫不动摇”,提高“3.5”").stream().noneMatch(x -> x.equals("3.5")));
    }

    @Test
    void aFirmHeadingALongerName() {
        List<Candidate> cs = new BrandProposer(Lexicon.load("industries.tsv")).recognize(
                sentence("加快建设红枫科技全球研发中心,推进绿柳锂离子电池产业园。"));
        List<String> n = cs.stream().map(Candidate::name).toList();
        assertTrue(n.containsAll(List.of("红枫科技", "绿柳")), n.toString());
        assertTrue(cs.stream().allMatch(c -> c.type() == EntityType.ENTERPRISE));
        assertFalse(n.contains("加快建设"), n.toString());
    }

    @Test
    void aNestedNameOfAnotherTypeIsKeptOnlyWithAJudge() {
        String t = "加快建设红枫科技全球研发中心。";
        ScopedSentence s = sentence(t);
        Candidate outer = new Candidate(EntityType.FACILITY, 4, 14, "红枫科技全球研发中心", null);
        Candidate firm = new Candidate(EntityType.ENTERPRISE, 4, 8, "红枫科技", null);
        assertEquals(List.of(outer), Overlaps.resolve(List.of(outer, firm), s));
        assertEquals(List.of(firm, outer), Overlaps.resolve(List.of(outer, firm), s, true, Map.of()));
        Candidate shorter = new Candidate(EntityType.FACILITY, 8, 14, "全球研发中心", null);
        assertEquals(List.of(shorter), Overlaps.resolve(List.of(outer, shorter), s, true,
                new java.util.IdentityHashMap<>(Map.of(shorter, 0.9, outer, 0.4))), "the judge's confidence decides");
    }

    @Test
    void longDescriptiveNamesAcrossTheVerbsInside() {
        List<String> n = names(new LongNameProposer(),
                "全面完成青松河流域保护和修复工程,筹建省白桦争议解决中心,推进云杉水库（红枫河流域）水质保障工程建设。");
        assertTrue(n.containsAll(List.of("青松河流域保护和修复工程", "省白桦争议解决中心",
                "云杉水库（红枫河流域）水质保障工程")), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("全面") || x.startsWith("筹建") || x.startsWith("推进")),
                "the verbs that open the clause stay out: " + n);
        assertTrue(names(new LongNameProposer(), "加快绿柳产业园建设。").isEmpty(),
                "names the scanner already delimits are not proposed again");
        assertTrue(names(new LongNameProposer(), "建设一批重点项目。").isEmpty(), "generic words are no name");
        assertTrue(names(new LongNameProposer(), "做好青松渠、白桦沟等黑臭水体常态化治理。").stream()
                .noneMatch(x -> x.contains("等")), "a list's 等 closes it: what follows is a category");
        assertTrue(names(new LongNameProposer(), "对青松路开展高标准绿化改造工程。").stream()
                .noneMatch(x -> x.contains("开展")), "开展 is the clause's verb");
        assertTrue(names(new LongNameProposer(), "推进青松－白桦片区开发。").contains("青松－白桦片区"),
                "a dash between two places is crossed");
    }

    @Test
    void aScopeWordBeforeANameStartsAVariant() {
        String t = "加快建设全省青松白桦数据库。";
        List<String> v = BoundaryVariants.of(new Candidate(EntityType.FACILITY, 8, 13, "青松白桦数据库".substring(2), null),
                sentence(t)).stream().filter(x -> x.kind().equals("scope")).map(x -> x.candidate().name()).toList();
        assertEquals(List.of(), v, "the scope word must be right before the start");
        List<String> w = BoundaryVariants.of(new Candidate(EntityType.FACILITY, 6, 13, "青松白桦数据库", null), sentence(t))
                .stream().filter(x -> x.kind().equals("scope")).map(x -> x.candidate().name()).toList();
        assertEquals(List.of("全省青松白桦数据库"), w);
        String u = "建设全市云杉统筹红枫平台。";
        List<String> x = BoundaryVariants.of(new Candidate(EntityType.FACILITY, 8, 12, "红枫平台", null), sentence(u))
                .stream().map(y -> y.candidate().name()).toList();
        assertTrue(x.contains("全市云杉统筹红枫平台"), "at the scope word the left extension crossed: " + x);
        assertFalse(x.stream().anyMatch(n -> n.equals("市云杉统筹红枫平台")), x.toString());
        String y = "保障安全区青松平台。";
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.FACILITY, 5, 9, "青松平台", null), sentence(y)).stream()
                .noneMatch(z -> z.kind().equals("scope")), "安全 + 区 is no scope word");
    }

    @Test
    void aVersionAfterANameEndsAVariant() {
        String t = "建设青松调度平台3.0，新增面积1.5万平方米。";
        List<String> v = BoundaryVariants.of(new Candidate(EntityType.FACILITY, 2, 8, "青松调度平台", null), sentence(t))
                .stream().filter(x -> x.kind().equals("version")).map(x -> x.candidate().name()).toList();
        assertEquals(List.of("青松调度平台3.0"), v);
        String u = "白桦中心1.5万平方米。";
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.FACILITY, 0, 4, "白桦中心", null), sentence(u)).stream()
                .noneMatch(x -> x.kind().equals("version")), "a quantity is no version");
        String w = "白桦指数3.5%。";
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.FACILITY, 0, 4, "白桦指数", null), sentence(w)).stream()
                .noneMatch(x -> x.kind().equals("version")), "a share is no version");
    }

    @Test
    void aPartOfAFacilityIsANameOfItsOwn() {
        String t = "推进青松医院云杉岭院区、白桦研究院新院建设。";
        List<BoundaryVariants.Variant> a = BoundaryVariants.of(new Candidate(EntityType.FACILITY, 2, 6, "青松医院", null),
                sentence(t));
        assertTrue(a.stream().anyMatch(x -> x.kind().equals("part") && x.ownName()
                && x.candidate().name().equals("青松医院云杉岭院区")), a.toString());
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.FACILITY, 12, 17, "白桦研究院", null), sentence(t)).stream()
                .anyMatch(x -> x.candidate().name().equals("白桦研究院新院")));
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.PROJECT, 2, 6, "青松医院", null), sentence(t)).stream()
                .noneMatch(x -> x.kind().equals("part")), "only a facility has parts");
        String u = "推进青松医院、白桦分院建设。";
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.FACILITY, 2, 6, "青松医院", null), sentence(u)).stream()
                .noneMatch(x -> x.kind().equals("part")), "a list's next member is not a part");
    }

    @Test
    void laterStartsAfterAStopWordInsideAName() {
        String t = "试点白桦青松平安建设中心。";
        ScopedSentence s = sentence(t);
        Candidate c = new Candidate(EntityType.FACILITY, 0, 12, t.substring(0, 12), null);
        List<String> v = BoundaryVariants.of(c, s).stream().map(x -> x.candidate().name()).toList();
        assertTrue(v.contains("平安建设中心") || v.contains("白桦青松平安建设中心"), v.toString());
        Candidate d = new Candidate(EntityType.FACILITY, 0, 12, "试点建成青松平安建设中心", null);
        List<String> w = BoundaryVariants.of(d, sentence("试点建成青松平安建设中心。")).stream()
                .filter(x -> x.kind().equals("trimstop")).map(x -> x.candidate().name()).toList();
        assertEquals(List.of("青松平安建设中心"), w);
    }

    @Test
    void numberedRailLines() {
        List<String> n = names(new NumberedLineProposer(), "加快建设7号线等5个地铁项目,轨道9、12号线通车,推进地铁6号线南延、3号线二期建设,2025年完成。");
        assertTrue(n.containsAll(List.of("7号线", "轨道9、12号线", "地铁6号线南延", "3号线二期")), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("025")), n.toString());
    }

    @Test
    void theReportingGovernmentsOwnInstitutions() {
        List<String> n = names(new LongNameProposer(), "建成市体育中心、区第一中医院,推进市级研发中心认定。");
        assertTrue(n.containsAll(List.of("市体育中心", "区第一中医院")), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("市级")), "a level word is not a government: " + n);
    }
    @Test
    void firmsListedBeforeTheirHeadNoun() {
        List<String> n = names(new FirmListProposer(), "支持青松、白桦科技、云杉等龙头企业扩产,吸引红枫资本、绿柳等10家头部机构入驻。");
        assertTrue(n.containsAll(List.of("青松", "白桦科技", "云杉", "红枫资本", "绿柳")), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("支持") || x.startsWith("吸引")), n.toString());
        assertTrue(names(new FirmListProposer(), "推进青松、白桦等片区改造。").isEmpty(), "not a list of firms");
    }

    @Test
    void bigResearchFacilitiesAreNamedByTheirFieldBeforeTheirClass() {
        List<String> n = names(FirmListProposer.bigScience(), "建成青松光源、白桦与云杉观测等重大科技基础设施。");
        assertEquals(List.of("白桦与云杉观测", "青松光源"), n.stream().sorted().toList(), n.toString());
        assertTrue(names(FirmListProposer.bigScience(), "完善道路、桥梁等基础设施。").isEmpty(), "not big science");
    }

    @Test
    void aFirmHeadingAnEnumerationItem() {
        List<String> n = names(new BrandProposer(Lexicon.load("industries.tsv")),
                "开工建设红枫科技智能终端、绿柳锂离子电池等项目。");
        assertTrue(n.containsAll(List.of("红枫科技", "绿柳")), n.toString());
    }

    @Test
    void bracketedQualifiersStayWithTheName() {
        String t = "建成青松大学（白桦）研究院和云杉公园（一期）。";
        List<String> a = BoundaryVariants.of(new Candidate(EntityType.FACILITY, 2, 6, "青松大学", null), sentence(t))
                .stream().map(x -> x.candidate().name()).toList();
        assertTrue(a.containsAll(List.of("青松大学（白桦）", "青松大学（白桦）研究院")), a.toString());
        List<String> b = BoundaryVariants.of(new Candidate(EntityType.FACILITY, 14, 18, "云杉公园", null), sentence(t))
                .stream().map(x -> x.candidate().name()).toList();
        assertTrue(b.contains("云杉公园（一期）"), b.toString());
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.FACILITY, 0, 4, "青松公园", null),
                sentence("青松公园（含绿道、广场）")).stream().noneMatch(x -> x.kind().startsWith("qual")),
                "a bracket holding a list is a remark, not a qualifier");
    }

    @Test
    void quotedNamesWithALongerHeadOrAZoneSuffix() {
        List<String> n = names(new QuotedNameProposer(), "共建“青白云”智能装备产业走廊,设立“红枫”产业引导基金。");
        assertTrue(n.contains("“青白云”智能装备产业走廊"), n.toString());
        assertTrue(n.contains("“红枫”产业引导基金"), n.toString());
    }

    @Test
    void ambiguousSuffixesProposedForTheJudge() {
        List<String> all = ProposingRecognizer.all().stream()
                .flatMap(r -> r.recognize(sentence("设立白桦产业基金,建成青松河碧道和红枫立交,推进绿柳路北延。")).stream())
                .map(Candidate::name).toList();
        assertTrue(all.containsAll(List.of("白桦产业基金", "青松河碧道", "红枫立交", "绿柳路北延")), all.toString());
    }

    @Test
    void mountainsRiversAndVillagesByTheirGenericTerm() {
        List<String> n = names(new LandformProposer(), "修复青松河和白桦山步道,推进云杉村改造,守护绿水青山。");
        assertTrue(n.containsAll(List.of("青松河", "白桦山", "云杉村")), n.toString());
        assertFalse(n.contains("水青山"), "no name starts inside a word: " + n);
    }

    @Test
    void aLineSectionNamedAfterTheLine() {
        String t = "推进青松高铁白桦至云杉段建设。";
        List<String> v = BoundaryVariants.of(new Candidate(EntityType.ROAD, 2, 6, "青松高铁", null), sentence(t))
                .stream().filter(x -> x.kind().equals("segment")).map(x -> x.candidate().name()).toList();
        assertEquals(List.of("青松高铁白桦至云杉段"), v);
    }

    @Test
    void theLineOfASectionIsANameOfItsOwn() {
        String t = "建成青松高速白桦段扩容工程。";
        Candidate c = new Candidate(EntityType.PROJECT, 2, 13, "青松高速白桦段扩容工程", null);
        List<BoundaryVariants.Variant> v = BoundaryVariants.of(c, sentence(t)).stream()
                .filter(x -> x.kind().equals("line")).toList();
        assertEquals(List.of("青松高速"), v.stream().map(x -> x.candidate().name()).toList());
        assertTrue(v.get(0).ownName());
        assertTrue(BoundaryVariants.of(new Candidate(EntityType.ROAD, 0, 4, "高速白桦段", null), sentence("高速白桦段建成"))
                .stream().noneMatch(x -> x.kind().equals("line")), "no line without a name before its head");
    }

    @Test
    void legalAndPortServiceDistrictsAndAdvancedInstitutes() {
        List<String> all = ProposingRecognizer.all().stream()
                .flatMap(r -> r.recognize(sentence("推动青松中央法务区和白桦国际港务区建设。")).stream())
                .map(Candidate::name).toList();
        assertTrue(all.containsAll(List.of("青松中央法务区", "白桦国际港务区")), all.toString());
        List<String> f = names(new FacilityRecognizer(), "加快建设青松高等研究院。");
        assertTrue(f.contains("青松高等研究院"), "高等 is no enumeration's 等: " + f);
    }

    @Test
    void quotedCoinagesWithCollectiveHeads() {
        List<String> n = names(new QuotedNameProposer(), "构建“青松+白桦”基金群,做优“红枫”投资基金矩阵,打造“云杉”新能源与智能网联汽车产业走廊。");
        assertTrue(n.containsAll(List.of("“青松+白桦”基金群", "“红枫”投资基金矩阵", "“云杉”新能源与智能网联汽车产业走廊")),
                n.toString());
    }
}
