package org.pledgegraph.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a web page's main text by text and link density over its blocks (the method of Readability-style
 * extractors): every block's own text scores for the block and, damped, for its parent and grandparent; the best
 * container wins. Inside it, link-dense blocks (related-link lists) and short blocks naming page functions
 * (print, close, share, "扫一扫在手机打开当前页", breadcrumbs) are dropped. Headings and paragraphs stay one per
 * line; a heading just before the container (the page title, often outside the article box) is kept first.
 */
final class MainText {
    /** Elements that never hold report text. */
    private static final String NEVER = "script,style,noscript,iframe,frame,frameset,form,button,input,select,"
            + "textarea,nav,aside,svg,canvas,object,embed,template,map,video,audio";
    /** Class or id words of page chrome on Chinese government sites (e.g. xgbd = 相关报道, dqwz = 当前位置). */
    private static final Pattern CHROME_NAME = Pattern.compile("(?i)(?:^|[\\s_\\-])(?:nav|navbar|menu|breadcrumbs?|"
            + "crumbs?|share|bdshare|sharing|social|footer|foot|sidebar|side|related|xgbd|xglj|xgxw|toolbar|print|"
            + "dayin|qrcode|ewm|erweima|weixin|wechat|comments?|copyright|banner|location|position|dqwz|pagenav|"
            + "pager|pagination|ads?|advert|login|search|topbar|bottom|friendlink)(?:[\\s_\\-\\d]|$)");
    /** Short blocks holding one of these are page functions, not report text. */
    private static final Pattern CHROME_TEXT = Pattern.compile("扫一扫在手机|在手机打开当前页|打印本页|关闭窗口|【打印】|"
            + "【关闭】|\\[打印\\]|\\[关闭\\]|分享到|当前位置|您现在的位置|您所在的位置|相关报道|相关链接|相关新闻|相关阅读|"
            + "相关文章|责任编辑|网站地图|版权所有|主办单位|承办单位|技术支持|ICP备|公网安备|【字体|字号[:：]|返回顶部|"
            + "上一篇|下一篇|发布时间|浏览次数|阅读次数|点击数|^打印$|^关闭$");
    private static final int CHROME_TEXT_MAX = 60;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final Pattern HEADING = Pattern.compile("h[1-3]");
    private static final Pattern TITLE_NAME = Pattern.compile("(?i)(?:^|[\\s_\\-])(?:title|bt|tit|headline)(?:[\\s_\\-\\d]|$)");

    private MainText() {
    }

    static String of(Document page) {
        Element body = page.body();
        body.select(NEVER).remove();
        for (Element e : body.select("header,footer")) {
            if (e.closest("article,main") == null) {
                e.remove();
            }
        }
        removeChromeByName(body);
        Map<Element, int[]> own = ownText(body);
        Element best = best(own);
        if (best == null) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        title(best).ifPresent(paragraphs::add);
        Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Element, int[]> e : own.entrySet()) {
            if (isChrome(e.getKey(), e.getValue())) {
                skip.add(e.getKey());
            }
        }
        StringBuilder current = new StringBuilder();
        linearise(best, skip, paragraphs, current);
        paragraphs.add(current.toString());
        if (paragraphs.size() > 1 && Lines.tidy(paragraphs.get(0)).equals(Lines.tidy(paragraphs.get(1)))) {
            paragraphs.remove(0); // the title was inside the container after all
        }
        return Lines.join(paragraphs);
    }

    private static void removeChromeByName(Element body) {
        int total = Math.max(1, body.text().length());
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String name = e.id() + " " + e.className();
            // A container holding most of the page's text is never chrome, whatever its class says.
            if (CHROME_NAME.matcher(name).find() && e.text().length() < 0.3 * total) {
                e.remove();
            }
        }
    }

    /** Per block element: characters of its own text (not of nested blocks) and how many of them are link text. */
    private static Map<Element, int[]> ownText(Element body) {
        Map<Element, int[]> own = new IdentityHashMap<>();
        collect(body, body, own);
        return own;
    }

    private static void collect(Element e, Element block, Map<Element, int[]> own) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                int n = Lines.visible(t.text());
                if (n > 0) {
                    int[] c = own.computeIfAbsent(block, k -> new int[2]);
                    c[0] += n;
                    c[1] += inLink(t, block) ? n : 0;
                }
            } else if (child instanceof Element ce) {
                collect(ce, ce.isBlock() ? ce : block, own);
            }
        }
    }

    private static boolean inLink(Node n, Element block) {
        for (Element p = n.parent() instanceof Element pe ? pe : null; p != null && p != block; p = p.parent()) {
            if (p.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChrome(Element block, int[] counts) {
        if (counts[1] > 0 && counts[1] > MAX_LINK_DENSITY * counts[0]) {
            return true;
        }
        return counts[0] <= CHROME_TEXT_MAX && CHROME_TEXT.matcher(Lines.tidy(ownString(block))).find();
    }

    private static String ownString(Element block) {
        StringBuilder b = new StringBuilder();
        ownString(block, block, b);
        return b.toString();
    }

    private static void ownString(Element e, Element block, StringBuilder b) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                b.append(t.text());
            } else if (child instanceof Element ce && !ce.isBlock()) {
                ownString(ce, block, b);
            }
        }
    }

    /** The element whose own and children's text scores highest. */
    private static Element best(Map<Element, int[]> own) {
        Map<Element, Double> score = new HashMap<>();
        for (Map.Entry<Element, int[]> e : own.entrySet()) {
            int[] c = e.getValue();
            if (isChrome(e.getKey(), c)) {
                continue;
            }
            double s = (c[0] - c[1]) * (1.0 - c[1] / (double) c[0]);
            Element b = e.getKey();
            score.merge(b, s, Double::sum);
            if (b.parent() != null) {
                score.merge(b.parent(), 0.9 * s, Double::sum);
                if (b.parent().parent() != null) {
                    score.merge(b.parent().parent(), 0.45 * s, Double::sum);
                }
            }
        }
        Element best = null;
        double top = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The closest heading before the container (its previous siblings, then its ancestors'), at most 3 levels up. */
    private static Optional<String> title(Element best) {
        Element a = best;
        for (int level = 0; level < 4 && a != null && a.parent() != null; level++, a = a.parent()) {
            for (Element s = a.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                Element h = HEADING.matcher(s.normalName()).matches() ? s : s.selectFirst("h1,h2,h3");
                if (h == null && TITLE_NAME.matcher(s.id() + " " + s.className()).find()) {
                    h = s;
                }
                if (h != null && !h.text().isBlank() && h.text().length() <= 120) {
                    return Optional.of(h.text());
                }
            }
            if (!best.select("h1,h2").isEmpty()) {
                return Optional.empty(); // the container has its own title
            }
        }
        return Optional.empty();
    }

    private static void linearise(Element e, Set<Element> skip, List<String> out, StringBuilder cur) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                if (!skip.contains(blockOf(t))) {
                    cur.append(t.text());
                }
            } else if (child instanceof Element ce) {
                if (ce.nameIs("br")) {
                    breakParagraph(out, cur);
                } else if (ce.isBlock()) {
                    breakParagraph(out, cur);
                    linearise(ce, skip, out, cur);
                    breakParagraph(out, cur);
                } else {
                    linearise(ce, skip, out, cur);
                }
            }
        }
    }

    private static Element blockOf(Node n) {
        Element p = (Element) n.parent();
        while (p != null && !p.isBlock() && p.parent() != null) {
            p = p.parent();
        }
        return p;
    }

    private static void breakParagraph(List<String> out, StringBuilder cur) {
        if (!cur.isEmpty()) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
