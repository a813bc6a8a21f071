package org.pledgegraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.InputException;

/** The converters on real files built from a seed report: same content as the text, chrome and layout gone. */
class ConvertersTest {
    static final Converters CONVERTERS = Converters.standard();
    static String txt;
    static List<String> paragraphs;

    @BeforeAll
    static void read() throws Exception {
        txt = Files.readString(Path.of("seeds", "000_8b5d310501e46dd4.txt"));
        paragraphs = ReportFiles.paragraphs(txt);
    }

    @Test
    void webPageKeepsTheReportAndDropsTheChrome() {
        Conversion c = CONVERTERS.convert(ReportFiles.html(paragraphs).getBytes(StandardCharsets.UTF_8), "r.html");
        assertEquals("text/html", c.file().mediaType());
        assertSameParagraphs(c.text());
        for (String chrome : List.of("首页", "当前位置", "发布时间", "分享到", "扫一扫", "打印", "相关报道", "常务会议",
                "版权所有", "ICP", "统计代码", "请输入关键词")) {
            assertFalse(c.text().contains(chrome), chrome + " left in\n" + c.text().substring(0, 300));
        }
        assertEquals(Fingerprint.content(txt), c.contentSha256());
    }

    @Test
    void webPageInGbkWithItsCharsetDeclared() {
        String html = ReportFiles.html(paragraphs).replace("charset=\"utf-8\"", "charset=\"gb2312\"");
        Conversion c = CONVERTERS.convert(html.getBytes(Charset.forName("GB18030")), "r.htm");
        assertEquals(Fingerprint.content(txt), c.contentSha256());
    }

    @Test
    void chromeInsideTheArticleBoxIsDroppedToo() {
        String html = "<html><body><div id=content><h2>一、过去一年的工作</h2>"
                + "<p>过去一年，全区生产总值增长百分之六，新建改建道路十二条，建成投用污水处理厂一座。</p>"
                + "<p>扫一扫在手机打开当前页</p><p>【打印】 【关闭】</p>"
                + "<p>我们坚持项目为王，谋划实施重点项目一百二十个，完成投资三百亿元。</p>"
                + "<div>相关链接：</div><ul><li><a href=x>全区重点项目观摩活动举行</a></li><li><a href=y>区长调研重点项目</a></li></ul>"
                + "</div><div class=footer>版权所有</div></body></html>";
        assertEquals("一、过去一年的工作\n过去一年，全区生产总值增长百分之六，新建改建道路十二条，建成投用污水处理厂一座。\n"
                + "我们坚持项目为王，谋划实施重点项目一百二十个，完成投资三百亿元。\n", HtmlConverter.mainText(html));
    }

    @Test
    void textAfterBreaksAndInlineLinksStaysInItsParagraph() {
        String html = "<html><body><div class=TRS_Editor>第一段，加快<a href=p>产业园</a>建设，推动项目落地见效。<br>"
                + "第二段，推进道路建设，完善城市功能，提升城市品质和群众获得感。<br></div></body></html>";
        assertEquals("第一段，加快产业园建设，推动项目落地见效。\n第二段，推进道路建设，完善城市功能，提升城市品质和群众获得感。\n",
                HtmlConverter.mainText(html));
    }

    @Test
    void pdfDropsPageNumbersAndRunningHeadsAndJoinsWrappedLines() {
        // The running head repeats the title, as many published PDFs do: the title on page 1 stays.
        byte[] pdf = ReportFiles.pdf(paragraphs, paragraphs.get(0));
        Conversion c = CONVERTERS.convert(pdf, "r.txt"); // detected by content, not by name
        assertEquals("application/pdf", c.file().mediaType());
        assertSameParagraphs(c.text());
        assertFalse(c.text().contains("— 2 —") || c.text().contains("党代会报告\n"), c.text());
        assertEquals(Fingerprint.content(txt), c.contentSha256());
    }

    @Test
    void docxParagraphsAreLinesWithoutHeaderAndFooter() {
        Conversion c = CONVERTERS.convert(ReportFiles.docx(paragraphs, "北关区第十次党代会报告"), "r.docx");
        assertSameParagraphs(c.text());
        assertFalse(c.text().contains("党代会报告\n") || c.text().contains("— 1 —"));
        assertTrue(c.file().converterVersion().startsWith("1 (Apache POI 5."), c.file().converterVersion());
    }

    @Test
    void pdfPageNumbersInTheirUsualFormsGo() {
        for (String number : List.of("— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页", "3/12", "3")) {
            List<List<PdfLine>> pages = List.of(page("首页的正文第一行，内容足够长，用来占满一整行的宽度的文字啊", number));
            assertEquals(2, PdfText.dropPageNumbers(pages).get(0).size(), number);
        }
    }

    @Test
    void runningHeadsWithChangingNumbersGoAndBodyLinesStay() {
        List<List<PdfLine>> pages = List.of(
                page("政府工作报告（第1页）", "正文甲，这一行是报告的正文内容。"),
                page("政府工作报告（第2页）", "正文乙，这一行是报告的正文内容。"),
                page("政府工作报告（第3页）", "正文丙，这一行是报告的正文内容。"));
        List<List<PdfLine>> kept = PdfText.dropRunningHeads(pages);
        assertEquals(List.of("正文甲，这一行是报告的正文内容。"), kept.get(0).stream().map(PdfLine::text).toList());
    }

    @Test
    void cjkLinesJoinWithoutSpaceLatinWithOne() {
        // Lines reaching the right margin (x1 = 500) continue; an indented line starts a paragraph.
        List<PdfLine> lines = List.of(
                new PdfLine("　　加快推进北关区人民医院项目", 96, 500, 100, 12),
                new PdfLine("建设，开工建设中华路北段和", 72, 500, 120, 12),
                new PdfLine("GDP增长目标为5%左右，完成。", 72, 300, 140, 12),
                new PdfLine("　　新的一段从这里开始，包括英文 open", 96, 500, 160, 12),
                new PdfLine("source 和数字。", 72, 200, 180, 12));
        assertEquals("加快推进北关区人民医院项目建设，开工建设中华路北段和GDP增长目标为5%左右，完成。\n"
                + "新的一段从这里开始，包括英文 open source 和数字。\n", PdfText.paragraphs(List.of(lines)));
    }

    @Test
    void refusals() {
        String encrypted = refusal(ReportFiles.pdf(paragraphs.subList(0, 5), "报告", "secret"), "r.pdf");
        assertTrue(encrypted.startsWith("r.pdf: encrypted PDF"), encrypted);
        String scan = refusal(ReportFiles.scannedPdf(), "scan.pdf");
        assertTrue(scan.startsWith("scan.pdf: no text layer: run OCR first"), scan);
        byte[] docx = ReportFiles.docx(paragraphs, "报告");
        String damaged = refusal(Arrays.copyOf(docx, docx.length / 2), "r.docx");
        assertTrue(damaged.startsWith("r.docx: looks like a zip archive (e.g. a Word .docx file) but its ZIP container is damaged"), damaged);
        String empty = refusal(("<html><body><ul class=nav><li><a href=/>首页</a></li></ul><div>扫一扫在手机打开当前页</div>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8), "r.html");
        assertTrue(empty.startsWith("r.html: web page with no body text"), empty);
        String truncated = refusal("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), "r.txt");
        assertTrue(truncated.startsWith("r.txt: looks like a PDF file but cannot be read"), truncated);
    }

    @Test
    void plainTextKeepsItsOffsetsAndLosesControlCharacters() {
        String text = "2024年政府工作报告\n\f加快推进产业园建设。\r\n";
        Conversion c = CONVERTERS.convert(text.getBytes(StandardCharsets.UTF_8), "r.txt");
        assertEquals("text/plain", c.file().mediaType());
        assertTrue(c.plain());
        assertEquals(text.replace('\f', ' '), c.text()); // same length: offsets count characters of the file
    }

    @Test
    void contentDigestIgnoresWhitespaceAndFullWidthForms() {
        assertEquals(Fingerprint.content("一、总体要求\n\n　　ＧＤＰ增长 5%"), Fingerprint.content("一、总体要求GDP增长5%"));
        assertFalse(Fingerprint.content("增长5%").equals(Fingerprint.content("增长6%")));
    }

    /** The converted text has the report's paragraphs in order; whitespace may differ (spaces between CJK go). */
    private static void assertSameParagraphs(String converted) {
        List<String> got = ReportFiles.paragraphs(converted).stream().map(ConvertersTest::squash).toList();
        List<String> want = paragraphs.stream().map(ConvertersTest::squash).toList();
        for (int i = 0; i < Math.min(got.size(), want.size()); i++) {
            assertEquals(want.get(i), got.get(i), "paragraph " + (i + 1));
        }
        assertEquals(want.size(), got.size(), "paragraphs");
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    private static String refusal(byte[] bytes, String name) {
        return assertThrows(InputException.class, () -> CONVERTERS.convert(bytes, name)).getMessage();
    }

    private static List<PdfLine> page(String first, String last) {
        return List.of(new PdfLine(first, 72, 500, 60, 12), new PdfLine("中间的正文，这一行同样是正文", 72, 500, 80, 12),
                new PdfLine(last, 72, 300, 760, 12));
    }
}
