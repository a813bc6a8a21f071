package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.server.LinkedDataServlet.Representation;

/**
 * HTML for the administrative divisions: the scheme page ({@code /ontology/places}: provinces, prefectures and
 * counties as nested lists, each linking its own page) and the page of one place that no document names as
 * its jurisdiction (name, code, level, the places it lies within and those within it). No script.
 */
final class DivisionPage {
    /** Chinese and English names of the levels, as the ontology labels the individuals pg:Country … pg:Town. */
    private static final Map<PlaceLevel, String> LEVEL = Map.of(PlaceLevel.COUNTRY, "国家 country",
            PlaceLevel.PROVINCE, "省级 province level", PlaceLevel.PREFECTURE, "地级 prefecture level",
            PlaceLevel.COUNTY, "县级 county level", PlaceLevel.TOWN, "乡级 town level");

    private final PlacesScheme scheme;
    private final String root;

    DivisionPage(PlacesScheme scheme, String root) {
        this.scheme = scheme;
        this.root = root;
    }

    static String level(PlaceLevel l) {
        return LEVEL.get(l);
    }

    /** The scheme page: its statements, the formats, and the tree down to counties (towns are on county pages). */
    String schemePage() {
        StringBuilder b = new StringBuilder(600_000);
        String zh = text(PG.rdfsLabel, "zh");
        String en = text(PG.rdfsLabel, "en");
        b.append(Layout.head(zh + " " + en));
        b.append("<h1 id=\"scheme\">").append(esc(zh)).append(" <span lang=\"en\">").append(esc(en)).append("</span></h1>");
        b.append("<table><tr><th>IRI</th><td><code>").append(esc(org.pledgegraph.rdf.PlaceGraph.SCHEME))
                .append("</code></td></tr><tr><th>source</th><td>").append(esc(text(GraphReading.uri(PG.DCT + "source"), "")))
                .append("</td></tr><tr><th>formats</th><td>").append(formats(PlacesScheme.PATH, true)).append("</td></tr></table>");
        b.append("<p>Every place is a <code>pg:Place</code> at <code>").append(esc(VocabularyServlet.VOCAB_BASE))
                .append("id/place/{GB/T 2260 code}</code> with <code>pg:divisionCode</code>, <code>pg:level</code> and ")
                .append("<code>pg:within</code>. Counties list their towns on their own pages.</p>");
        scheme.country().ifPresent(cn -> {
            b.append("<ul class=\"places\">");
            tree(b, cn);
            b.append("</ul>");
        });
        return b.append(Layout.foot(false)).toString();
    }

    private void tree(StringBuilder b, Place p) {
        List<Place> below = scheme.within(p.id());
        b.append("<li id=\"").append(esc(p.id())).append("\">").append(placeLink(p)).append(" <span class=\"muted\">")
                .append(esc(p.code()));
        if (p.level() == PlaceLevel.COUNTY) {
            b.append(" · ").append(below.size()).append(" 乡级 towns");
            b.append("</span></li>");
            return;
        }
        b.append("</span>");
        if (!below.isEmpty()) {
            b.append("<ul>");
            below.stream().filter(PlacesScheme::listedOnSchemePage).forEach(c -> tree(b, c));
            b.append("</ul>");
        }
        b.append("</li>");
    }

    /** The page of one place: what the scheme says of it, where it lies, what lies within it. */
    String placePage(Place p) {
        StringBuilder b = new StringBuilder(8192);
        b.append(Layout.head(p.name()));
        b.append("<h1>").append(esc(p.name())).append("</h1>");
        String path = "id/place/" + p.id();
        b.append("<p class=\"muted\">").append(esc(VocabularyServlet.VOCAB_BASE + path)).append(" · ")
                .append(formats(path, false)).append("</p><table>");
        row(b, "代码 code", esc(p.code()));
        row(b, "级别 level", esc(level(p.level())));
        row(b, "简称 short name", p.shortName().equals(p.name()) ? "" : esc(p.shortName()));
        row(b, "曾用名 former names", esc(String.join("、", p.formerNames())));
        StringBuilder up = new StringBuilder();
        for (Place a : scheme.ancestors(p)) {
            up.append(up.isEmpty() ? "" : " › ").append(placeLink(a));
        }
        row(b, "位于 within", up.toString());
        row(b, "区划表 scheme", "<a href=\"" + esc(root + PlacesScheme.PATH) + "#" + esc(anchorOnScheme(p)) + "\">"
                + esc(text(PG.rdfsLabel, "zh")) + "</a>");
        b.append("</table>");
        List<Place> below = scheme.within(p.id());
        if (!below.isEmpty()) {
            b.append("<h2>下辖 Places within (").append(below.size()).append(")</h2><ul class=\"places\" id=\"within\">");
            for (Place c : below) {
                b.append("<li>").append(placeLink(c)).append(" <span class=\"muted\">").append(esc(c.code()))
                        .append("</span></li>");
            }
            b.append("</ul>");
        }
        return b.append(Layout.foot(false)).toString();
    }

    /** Towns are not on the scheme page: they point at their county there. */
    private String anchorOnScheme(Place p) {
        if (p.level() != PlaceLevel.TOWN) {
            return p.id();
        }
        return scheme.get(p.parent()).map(Place::id).orElse("scheme");
    }

    private String placeLink(Place p) {
        return "<a href=\"" + esc(root + "id/place/" + p.id()) + "\">" + esc(p.name()) + "</a>";
    }

    /** Links to the RDF representations: by extension where the path takes one (vocabulary), else by ?format=. */
    private String formats(String path, boolean extension) {
        StringBuilder f = new StringBuilder();
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                f.append("<a href=\"").append(esc(root + path)).append(extension ? "." : "?format=").append(r.extension).append("\">")
                        .append(esc(r.mediaType)).append("</a> ");
            }
        }
        return f.toString().strip();
    }

    private String text(Node p, String lang) {
        var it = scheme.head().find(GraphReading.uri(org.pledgegraph.rdf.PlaceGraph.SCHEME), p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralLanguage().equals(lang)) {
                return o.getLiteralLexicalForm();
            }
        }
        return "";
    }

    private static void row(StringBuilder b, String name, String value) {
        if (!value.isBlank()) {
            b.append("<tr><th>").append(esc(name)).append("</th><td>").append(value).append("</td></tr>");
        }
    }
}
