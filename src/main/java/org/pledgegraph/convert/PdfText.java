package org.pledgegraph.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a PDF's positioned lines into paragraphs: drops page numbers ("— 3 —", "- 3 -", "第3页", "3/12") and
 * running heads or feet (a line, digits aside, at the top or bottom of at least half the pages, three or more),
 * then joins wrapped lines. A line continues on the next when it reaches the right margin and the next is not
 * indented and not set apart by a wider gap; otherwise a paragraph ends (headings and last lines are short,
 * first lines are indented). Without usable positions, a CJK line that does not end with sentence punctuation
 * continues. Lines join without a space, except between two Latin letters or digits.
 */
final class PdfText {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[\\s\\-－—–_~·]*\\d{1,4}[\\s\\-－—–_~·]*"
            + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}|(?i:page\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?))$");
    private static final String SENTENCE_END = "。！？；：!?;:”」』）)】》…";
    /** Lines looked at for page numbers and running heads at each end of a page. */
    private static final int EDGE = 2;

    private PdfText() {
    }

    static String paragraphs(List<List<PdfLine>> pages) {
        List<List<PdfLine>> body = dropRunningHeads(dropPageNumbers(pages));
        List<PdfLine> lines = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        for (int p = 0; p < body.size(); p++) {
            for (PdfLine l : body.get(p)) {
                lines.add(l);
                pageOf.add(p);
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        Layout layout = Layout.of(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String t = Lines.tidy(lines.get(i).text());
            if (!cur.isEmpty() && !t.isEmpty() && isLatin(cur.charAt(cur.length() - 1)) && isLatin(t.charAt(0))) {
                cur.append(' ');
            }
            cur.append(t);
            boolean last = i + 1 == lines.size();
            if (last || !layout.continues(lines.get(i), lines.get(i + 1), pageOf.get(i).equals(pageOf.get(i + 1)))) {
                paragraphs.add(cur.toString());
                cur.setLength(0);
            }
        }
        return Lines.join(paragraphs);
    }

    static List<List<PdfLine>> dropPageNumbers(List<List<PdfLine>> pages) {
        List<List<PdfLine>> out = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                boolean edge = i < EDGE || i >= page.size() - EDGE;
                if (!(edge && PAGE_NUMBER.matcher(Lines.tidy(page.get(i).text())).matches())) {
                    kept.add(page.get(i));
                }
            }
            out.add(kept);
        }
        return out;
    }

    static List<List<PdfLine>> dropRunningHeads(List<List<PdfLine>> pages) {
        if (pages.size() < 3) {
            return pages;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (String k : new HashSet<>(edgeKeys(page))) {
                seen.merge(k, 1, Integer::sum);
            }
        }
        int need = Math.max(3, (pages.size() + 1) / 2);
        List<List<PdfLine>> out = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> kept = new ArrayList<>();
            // A running head appears once per page: the title under a head that repeats it stays.
            Set<String> dropped = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                boolean edge = i < EDGE || i >= page.size() - EDGE;
                String k = key(page.get(i));
                if (!(edge && seen.getOrDefault(k, 0) >= need && dropped.add(k))) {
                    kept.add(page.get(i));
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static List<String> edgeKeys(List<PdfLine> page) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE || i >= page.size() - EDGE) {
                keys.add(key(page.get(i)));
            }
        }
        return keys;
    }

    /** A running head repeats with a changing page or section number: digits do not count. */
    private static String key(PdfLine l) {
        return Lines.tidy(l.text()).replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** The text block's margins, character width and line spacing, for deciding where paragraphs end. */
    private record Layout(float left, float right, float em, float spacing, boolean usable) {
        static Layout of(List<PdfLine> lines) {
            float[] ems = new float[lines.size()];
            for (int i = 0; i < ems.length; i++) {
                ems[i] = lines.get(i).em();
            }
            float em = median(ems);
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                float g = lines.get(i).y() - lines.get(i - 1).y();
                if (g > 0) {
                    gaps.add(g);
                }
            }
            float[] g = new float[gaps.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = gaps.get(i);
            }
            float left = edge(lines, em, true);
            float right = edge(lines, em, false);
            return new Layout(left, right, em, g.length == 0 ? 0 : median(g), right - left > 8 * em);
        }

        /** The leftmost (or rightmost) position shared by at least a tenth of the lines: the margin. */
        private static float edge(List<PdfLine> lines, float em, boolean left) {
            float tolerance = Math.max(1, em / 4);
            float[] xs = new float[lines.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = left ? lines.get(i).x0() : -lines.get(i).x1();
            }
            Arrays.sort(xs);
            int need = Math.max(2, lines.size() / 10);
            for (int i = 0; i < xs.length; i++) {
                int j = i;
                while (j < xs.length && xs[j] - xs[i] <= tolerance) {
                    j++;
                }
                if (j - i >= need) {
                    return left ? xs[i] : -xs[i];
                }
            }
            return left ? xs[0] : -xs[0];
        }

        boolean continues(PdfLine a, PdfLine b, boolean samePage) {
            String t = Lines.tidy(a.text());
            if (t.isEmpty()) {
                return false;
            }
            if (!usable) {
                return SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0;
            }
            boolean full = a.x1() >= right - 2.5f * em; // a line may end short of a number or word that did not fit
            boolean indented = b.x0() >= left + 0.8f * em;
            boolean apart = samePage && spacing > 0 && b.y() - a.y() > 1.6f * spacing;
            return full && !indented && !apart;
        }

        private static float median(float[] v) {
            if (v.length == 0) {
                return 0;
            }
            float[] c = v.clone();
            Arrays.sort(c);
            return c[c.length / 2];
        }
    }
}
