package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of a government's continuity table ({@link Statistics}): the first mention, in text order, of an
 * entity in one document with one modality and stage.
 *
 * @param year     the document's year
 * @param stem     the document's stem
 * @param file     the document's source file name
 * @param entity   the entity's IRI
 * @param label    the entity's label
 * @param type     the entity's type (local name: Project, Park, …)
 * @param modality the mention's modality (local name)
 * @param stage    the mention's stage (local name), or "" when it gives none
 * @param start    the offset of the mention in its document (the {@code #m-} anchor of the document page)
 * @param mention  the mention's IRI
 */
public record ContinuityRow(int year, String stem, String file, String entity, String label, String type,
                            String modality, String stage, int start, String mention) {
    /** The order of the pages' mention lists: year, file, offset. */
    public static final Comparator<ContinuityRow> ORDER = Comparator.comparingInt(ContinuityRow::year)
            .thenComparing(ContinuityRow::file).thenComparingInt(ContinuityRow::start).thenComparing(ContinuityRow::mention);

    String key() {
        return entity + '\t' + stem + '\t' + modality + '\t' + stage;
    }

    /**
     * The span start a mention IRI carries ({@code …/id/mention/{stem}-{begin}-{end}-{hash}}, as
     * {@link org.pledgegraph.rdf.IriMinter#mention} mints it), or -1 for another IRI.
     */
    static int start(String mentionIri) {
        int hash = mentionIri.lastIndexOf('-');
        int end = hash < 0 ? -1 : mentionIri.lastIndexOf('-', hash - 1);
        int begin = end < 0 ? -1 : mentionIri.lastIndexOf('-', end - 1);
        try {
            return begin < 0 ? -1 : Integer.parseInt(mentionIri.substring(begin + 1, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One line per row, tab-separated, IRIs under {@code base} written relative to it. */
    static String encode(List<ContinuityRow> rows, String base) {
        StringBuilder b = new StringBuilder(rows.size() * 120);
        for (ContinuityRow r : rows) {
            b.append(r.year).append('\t').append(clean(r.stem)).append('\t').append(clean(r.file)).append('\t')
                    .append(relative(r.entity, base)).append('\t').append(clean(r.label)).append('\t').append(r.type)
                    .append('\t').append(r.modality).append('\t').append(r.stage).append('\t').append(r.start)
                    .append('\t').append(relative(r.mention, base)).append('\n');
        }
        return b.toString();
    }

    static List<ContinuityRow> decode(String text, String base) {
        // Fields found with indexOf rather than split: a city's table has thousands of rows and this is on the
        // government page's path; a line without ten fields is skipped, as before.
        List<ContinuityRow> out = new ArrayList<>();
        String[] f = new String[10];
        int from = 0;
        int length = text.length();
        while (from < length) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? length : nl;
            int n = 0;
            int at = from;
            while (n <= 10) {
                int tab = text.indexOf('\t', at);
                boolean last = tab < 0 || tab >= end;
                if (n < 10) {
                    f[n] = text.substring(at, last ? end : tab);
                }
                n++;
                if (last) {
                    break;
                }
                at = tab + 1;
            }
            boolean ten = n == 10;
            from = end + 1;
            if (ten) {
                out.add(new ContinuityRow(Integer.parseInt(f[0]), f[1], f[2], absolute(f[3], base), f[4], f[5], f[6], f[7],
                        Integer.parseInt(f[8]), absolute(f[9], base)));
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String relative(String iri, String base) {
        return iri.startsWith(base) ? "~" + iri.substring(base.length()) : iri;
    }

    private static String absolute(String s, String base) {
        return s.startsWith("~") ? base + s.substring(1) : s;
    }
}
