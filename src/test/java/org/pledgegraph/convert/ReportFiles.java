package org.pledgegraph.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Builds real published-report files from a plain-text report, for tests: a government web page with its
 * chrome (navigation, breadcrumbs, info bar, share and print bars, QR line, related-link list, footer), an A4 PDF
 * with an embedded CJK font (title, indented paragraphs wrapped at the margin, running head, "— N —" page numbers)
 * and a Word .docx (running head and page number in header and footer). Each line of the text is one paragraph.
 */
public final class ReportFiles {
    /** CJK TrueType fonts PDFBox can embed (Debian: fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming). */
    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    private static final float SIZE = 12;
    private static final float LEADING = 20;
    private static final float MARGIN = 72;

    private ReportFiles() {
    }

    /** The paragraphs of a plain-text report: its non-blank lines, stripped. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.replace('\t', ' ').strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    public static String html(List<String> paragraphs) {
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告_政务公开_某市人民政府门户网站</title>
                <script>var _hmt = _hmt || []; document.write('统计代码');</script>
                <style>.nav li { float: left }</style></head>
                <body>
                <div class="header"><div class="logo">某市人民政府门户网站</div>
                  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
                  <li><a href="/zxfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/zjms">走进某市</a></li></ul>
                  <form class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
                <div class="main">
                  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zfgzbg">政府工作报告</a></div>
                  <div class="article">
                """);
        boolean titled = isTitle(paragraphs.get(0));
        if (titled) {
            b.append("    <div class=\"article-title\"><h1>").append(escape(paragraphs.get(0))).append("</h1></div>\n");
        }
        b.append("""
                    <div class="info">发布时间：2024-01-20 09:30　来源：市政府办公室　浏览次数：1024　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
                    <div class="TRS_Editor" id="zoom">
                """);
        for (String p : paragraphs.subList(titled ? 1 : 0, paragraphs.size())) {
            b.append("      <p style=\"text-indent: 2em\">　　").append(escape(p)).append("</p>\n");
        }
        b.append("""
                    </div>
                    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
                    <div class="ewm">扫一扫在手机打开当前页<img src="qr.png" alt=""></div>
                    <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
                    <div class="related"><h3>相关报道</h3><ul>
                      <li><a href="/a/1.html">市政府召开第十次常务会议研究部署重点工作</a></li>
                      <li><a href="/a/2.html">市长主持召开专题会议推进重大项目建设</a></li>
                      <li><a href="/a/3.html">图解：一图读懂政府工作报告</a></li></ul></div>
                  </div>
                </div>
                <div class="footer"><p>主办单位：某市人民政府办公室　版权所有：某市人民政府</p>
                  <p>网站标识码 4100000001　ICP备05000001号　公网安备 41000000000001号</p></div>
                <script src="/js/share.js"></script>
                </body></html>
                """);
        return b.toString();
    }

    /** A first line that reads as a title (short, no closing punctuation) is set as one; else it is a paragraph. */
    static boolean isTitle(String p) {
        return p.length() <= 60 && !p.matches(".*[。！？；：!?;:]$");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A font file for {@link #pdf}; fails with the package to install when the machine has none. */
    public static Path cjkFont() {
        return FONTS.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "no CJK TrueType font: apt-get install fonts-wqy-microhei (.ci/run installs it)"));
    }

    public static byte[] pdf(List<String> paragraphs, String runningHead) {
        return pdf(paragraphs, runningHead, null);
    }

    /** With {@code userPassword} the PDF is encrypted and cannot be opened without it. */
    public static byte[] pdf(List<String> paragraphs, String runningHead, String userPassword) {
        try (TrueTypeCollection ttc = new TrueTypeCollection(cjkFont().toFile()); PDDocument doc = new PDDocument()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            Pages pages = new Pages(doc, font, runningHead);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = printable(paragraphs.get(i), first[0]);
                if (i == 0 && isTitle(p)) {
                    float w = font.getStringWidth(p) / 1000 * 16;
                    pages.line(p, (PDRectangle.A4.getWidth() - w) / 2, 16);
                    pages.skip();
                    continue;
                }
                List<String> lines = wrap(p, font, width - 2 * SIZE, width);
                for (int k = 0; k < lines.size(); k++) {
                    pages.line(lines.get(k), MARGIN + (k == 0 ? 2 * SIZE : 0), SIZE);
                }
            }
            pages.close();
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF holding a drawn picture and no text, like a scan. */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int y = 100; y < 700; y += 20) {
                    cs.addRect(72, y, 400, 8);
                }
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font lacks become U+25A1 (as a typesetter's missing-glyph box). */
    private static String printable(String s, TrueTypeFont ttf) throws IOException {
        var cmap = ttf.getUnicodeCmapLookup();
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.appendCodePoint(cmap.getGlyphId(cp) > 0 ? cp : 0x25A1));
        return b.toString();
    }

    /** Greedy wrapping at character boundaries, never inside a run of Latin letters and digits. */
    private static List<String> wrap(String p, PDType0Font font, float firstWidth, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < p.length()) {
            float limit = lines.isEmpty() ? firstWidth : width;
            int end = start;
            float used = 0;
            while (end < p.length()) {
                int n = Character.charCount(p.codePointAt(end));
                float w = font.getStringWidth(p.substring(end, end + n)) / 1000 * SIZE;
                if (used + w > limit) {
                    break;
                }
                used += w;
                end += n;
            }
            if (end < p.length()) {
                int back = end;
                while (back > start && isAlnum(p.charAt(back - 1)) && isAlnum(p.charAt(back))) {
                    back--;
                }
                end = back > start ? back : Math.max(end, start + 1);
            }
            lines.add(p.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static boolean isAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c == '.' || c == '%';
    }

    /** Lays lines out top to bottom, starting pages with the running head and ending them with the page number. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private final String head;
        private PDPageContentStream cs;
        private float y;
        private int number;

        Pages(PDDocument doc, PDType0Font font, String head) {
            this.doc = doc;
            this.font = font;
            this.head = head;
        }

        void line(String text, float x, float size) throws IOException {
            if (cs == null || y < MARGIN) {
                newPage();
            }
            show(text, x, y, size);
            y -= LEADING;
        }

        void skip() {
            y -= LEADING;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            number++;
            float top = PDRectangle.A4.getHeight();
            show(head, (PDRectangle.A4.getWidth() - font.getStringWidth(head) / 1000 * 9) / 2, top - 40, 9);
            y = top - MARGIN - 10;
        }

        private void show(String text, float x, float at, float size) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, at);
            cs.showText(text);
            cs.endText();
        }

        void close() throws IOException {
            if (cs != null) {
                String n = "— " + number + " —";
                show(n, (PDRectangle.A4.getWidth() - font.getStringWidth(n) / 1000 * 10) / 2, 36, 10);
                cs.close();
                cs = null;
            }
        }
    }

    public static byte[] docx(List<String> paragraphs, String runningHead) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(runningHead);
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("— 1 —");
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                XWPFParagraph para = doc.createParagraph();
                if (i == 0 && isTitle(p)) {
                    para.setAlignment(ParagraphAlignment.CENTER);
                    XWPFRun r = para.createRun();
                    r.setBold(true);
                    r.setText(p);
                    continue;
                }
                para.setIndentationFirstLine(480);
                // Word splits a paragraph into runs wherever formatting or editing changed; so do we.
                int mid = p.length() / 2;
                para.createRun().setText(p.substring(0, mid));
                para.createRun().setText(p.substring(mid));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
