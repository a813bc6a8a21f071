package org.pledgegraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Span;

class NormalizerTest {
    @Test
    void joinsHardLineBreaksInsideAParagraph() {
        String original = "坚持创新驱动、转型升级，纺织服装产业形成集纺纱、织布、染\n\n整、印花、服装加工等产业链条。\n";
        NormalizedText n = Normalizer.normalize(original);
        assertEquals("坚持创新驱动、转型升级,纺织服装产业形成集纺纱、织布、染整、印花、服装加工等产业链条。", n.text());
        int i = n.text().indexOf("染整");
        Span span = n.toOriginal(i, i + 2);
        assertEquals("染\n\n整", span.of(original));
        assertEquals("染整", n.surfaceOf(span));
    }

    @Test
    void keepsHeadingsAndCaptionsOnTheirOwnLines() {
        String original = "一、过去五年工作回顾\n\n过去五年，是极不寻常的五年。\n\n中信印染示范园项目\n\n区营商环境进一步优化。";
        List<Sentence> s = SentenceSplitter.split(Normalizer.normalize(original));
        assertEquals(4, s.size());
        assertEquals("一、过去五年工作回顾", s.get(0).text());
        assertEquals("中信印染示范园项目", s.get(2).text());
    }

    @Test
    void aReportKeptOneParagraphPerLineKeepsItsHeadingsWithCommasApart() {
        // Invented report: paragraphs end with a stop, headings ("（一）…，…") do not.
        String original = "（一）坚持创新引领，加快建设现代化产业体系和先进制造业基地\n"
                + "新建产业园区三个，引进企业一百家，工业增加值增长百分之六，全年完成投资四百亿元。\n"
                + "二、坚定信心、团结奋斗，奋力完成今年经济社会发展目标任务\n"
                + "今年经济社会发展的主要预期目标是：地区生产总值增长百分之五左右，就业保持稳定。\n"
                + "抓好重点项目建设，推动新开工项目尽快形成实物工作量，确保全年投资稳定增长。\n";
        List<Sentence> s = SentenceSplitter.split(Normalizer.normalize(original));
        assertEquals("(一)坚持创新引领,加快建设现代化产业体系和先进制造业基地", s.get(0).text());
        assertEquals("二、坚定信心、团结奋斗,奋力完成今年经济社会发展目标任务", s.get(2).text());
        assertEquals(5, s.size());
    }

    @Test
    void inAHardWrappedReportAShortNumberedLineWithACommaStillContinues() {
        // Most long lines end mid-sentence (a PDF export): the numbered line wraps onto the next.
        String original = "（一）坚持创新引领，加快建设现代化产业体系和先进\n"
                + "制造业基地，新建产业园区三个，引进企业一百家，工业\n"
                + "增加值增长百分之六。\n";
        List<Sentence> s = SentenceSplitter.split(Normalizer.normalize(original));
        assertEquals(1, s.size());
    }

    @Test
    void mapsFullWidthDigitsAndDropsPageMarkersAndBold() {
        NormalizedText n = Normalizer.normalize("增长７．５％左右。\n— 4 —\n**重点工作**");
        assertEquals("增长7.5%左右。\n重点工作", n.text());
        assertFalse(n.text().contains("*"));
    }

    @Test
    void everyNormalisedCharMapsToAnOriginalChar() {
        String original = "（一）建设\n\n全省纺织服装产业转型升级先行区，推进项目建设\n— 12 —\n继续推进。";
        NormalizedText n = Normalizer.normalize(original);
        for (int i = 0; i < n.length(); i++) {
            char c = n.text().charAt(i);
            char o = original.charAt(n.originalOffset(i));
            assertEquals(c == '\n' ? '\n' : Normalizer.halfWidth(o), c == '\n' ? o : c, "char " + i);
        }
    }
}
