package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** The learned proposer's tagger on invented sentences: it learns a head it was shown, and is deterministic. */
class CharTaggerTest {
    private static CharTagger.Sequence seq(String text, String... names) {
        List<Candidate> cs = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            cs.add(new Candidate(EntityType.PARK, at, at + n.length(), n, null));
        }
        return new CharTagger.Sequence(text, cs);
    }

    private static List<CharTagger.Sequence> data() {
        return List.of(
                seq("加快建设“青松白桦”新材料产业走廊,推动项目落地。", "“青松白桦”新材料产业走廊"),
                seq("高标准打造“红枫绿柳”智能装备产业走廊。", "“红枫绿柳”智能装备产业走廊"),
                seq("积极推进“云杉银杏”光电产业走廊建设,完善配套。", "“云杉银杏”光电产业走廊"),
                seq("全年完成投资增长百分之五,就业保持稳定。"),
                seq("持续优化营商环境,服务市场主体。"));
    }

    @Test
    void learnsAHeadFromTheGold() {
        CharTagger t = CharTagger.train(data(), 5);
        List<Candidate> found = t.tag("着力建设“海棠玉兰”生物产业走廊,带动就业。", 100);
        assertTrue(found.stream().anyMatch(c -> c.name().endsWith("产业走廊") && c.type() == EntityType.PARK),
                found.toString());
        found.forEach(c -> assertEquals(c.name(), "着力建设“海棠玉兰”生物产业走廊,带动就业。"
                .substring(c.begin() - 100, c.end() - 100)));
        assertTrue(t.tag("持续优化营商环境。", 0).isEmpty());
    }

    @Test
    void sameDataSameBytesAndTheModelReadsBack() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CharTagger.train(data(), 5).write(a);
        CharTagger.train(data(), 5).write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        CharTagger back = CharTagger.read(new ByteArrayInputStream(a.toByteArray()));
        String s = "着力建设“海棠玉兰”生物产业走廊。";
        assertEquals(CharTagger.train(data(), 5).tag(s, 0), back.tag(s, 0));
    }
}
