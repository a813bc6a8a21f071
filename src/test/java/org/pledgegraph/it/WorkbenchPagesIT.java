package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

/**
 * The workbench pages over plain HTTP on the seeds (安阳市北关区) and two reports of a second government
 * (深圳市大鹏新区): routes, escaping, that they agree with the API, and that each government's page is its own.
 */
class WorkbenchPagesIT {
    static final Pattern PLACE = Pattern.compile("href=\"(/id/place/[A-Za-z0-9_-]+)\"");
    @RegisterExtension
    // One compute slot: a page that computed a nested answer in a second slot would wait on itself until the timeout.
    static final SeededStoreExtension SEEDED = SeededStoreExtension.twoGovernmentsServing(b -> b.querySlots(1));
    static GraphStore store;
    static SparqlServer server;
    static String root;
    static final HttpClient http = HttpClient.newHttpClient();
    static String place;

    @BeforeAll
    static void start() throws Exception {
        store = SEEDED.graphStore();
        server = SEEDED.server();
        root = "http://127.0.0.1:" + server.port();
        Matcher m = PLACE.matcher(get("/").body());
        assertTrue(m.find(), "the home page links no government");
        place = m.group(1);
    }

    @Test
    void homeListsTheGovernmentWithItsDocumentsAndTheQuestions() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains(">北关区</a>"), "government label");
        assertTrue(r.body().contains("<td>5</td>"), "five documents in all");
        assertTrue(r.body().contains("href=\"/api/reappear?from=2022&amp;to=2024"), "example question links the API");
        assertTrue(r.body().contains("action=\"/search\""));
    }

    @Test
    void trackerCsvReappearingEntitiesAreTheApisReappearAnswer() throws Exception {
        assertTrackerIsTheApisAnswer(place, 2022, 2024);
    }

    /** The tracker's CSV for {@code from}→{@code to}: its reappearing entities are /api/reappear's, as linked. */
    static void assertTrackerIsTheApisAnswer(String government, int from, int to) throws Exception {
        HttpResponse<String> csv = get(government + "?csv=tracker&from=" + from + "&to=" + to);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        Set<String> reappearing = new TreeSet<>();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(csv.body())).getRecords();
        for (CSVRecord r : rows) {
            if (!r.get("laterYear").isEmpty()) {
                assertEquals(String.valueOf(to), r.get("laterYear"));
                reappearing.add(r.get("entity"));
            }
        }
        // The page links the API with this government's jurisdiction.
        Matcher link = Pattern.compile("href=\"(/api/reappear\\?from=" + from + "&amp;to=" + to + "&amp;jurisdiction=[^\"]+)\"")
                .matcher(get(government + "?from=" + from + "&to=" + to).body());
        assertTrue(link.find(), government + ": no /api/reappear link with the jurisdiction");
        Set<String> api = new TreeSet<>();
        JSON.parse(get(link.group(1).replace("&amp;", "&") + "&limit=1000").body()).get("rows").getAsArray()
                .forEach(v -> api.add(v.getAsObject().get("entity").getAsString().value()));
        assertFalse(api.isEmpty(), government);
        assertEquals(api, reappearing, government);
        assertTrue(rows.size() > reappearing.size(), "the promises not named in " + to + " are listed too");
    }

    @Test
    void eachGovernmentHasItsOwnPageTrackerAndMatrix() throws Exception {
        String home = get("/").body();
        Matcher m = PLACE.matcher(home);
        Set<String> governments = new LinkedHashSet<>();
        while (m.find()) {
            governments.add(m.group(1));
        }
        assertTrue(home.contains(">北关区</a>") && home.contains(">大鹏新区</a>"), "both governments on the home page");
        String dapeng = governments.stream().filter(g -> g.endsWith("440300-dapeng")).findFirst().orElseThrow();
        assertTrue(home.indexOf(">北关区</a>") < home.indexOf(">大鹏新区</a>"), "governments in name order");
        String page = get(dapeng).body();
        assertTrue(page.contains("<h1>大鹏新区"), "the page is the new area's");
        assertTrue(page.contains("shenzhen-dapengxinqu-2022") && page.contains("shenzhen-dapengxinqu-2023"));
        assertFalse(page.contains("001_b64101aa0c6a0ce7"), "another government's document on 大鹏新区's page");
        // Every matrix cell of 大鹏新区 opens a sentence of its own documents.
        Matcher cell = Pattern.compile("<td class=\"cell s-[A-Za-z]+\"><a href=\"([^\"#]+)#m-\\d+\"").matcher(page);
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertTrue(cell.group(1).contains("/id/document/shenzhen-dapengxinqu-"), cell.group(1));
        }
        assertTrue(cells > 10, cells + " cells");
        assertTrackerIsTheApisAnswer(dapeng, 2022, 2023);
        assertTrue(page.contains("/api/targets-vs-actuals?jurisdiction=") || page.contains("No target of this government"));
    }

    @Test
    void everyMatrixCellLinksToAMentionAnchorThatExists() throws Exception {
        String page = get(place).body();
        Matcher m = Pattern.compile("<td class=\"cell s-[A-Za-z]+\"><a href=\"([^\"#]+)#(m-\\d+)\"").matcher(page);
        Set<String> links = new LinkedHashSet<>();
        while (m.find()) {
            links.add(m.group(1) + "#" + m.group(2));
        }
        assertTrue(links.size() > 50, links.size() + " cells");
        java.util.Map<String, String> docs = new java.util.HashMap<>();
        for (String link : links) {
            String[] parts = link.split("#");
            String doc = docs.computeIfAbsent(parts[0], d -> {
                try {
                    return get(d).body();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(doc.contains("id=\"" + parts[1] + "\""), link + " has no anchor");
        }
    }

    @Test
    void entityPageHasItsStageChartTableAndTheEntitiesNamedWithIt() throws Exception {
        String search = get("/search?q=" + enc("北关区人民医院项目")).body();
        Matcher m = Pattern.compile("<ol class=\"results\"><li><a href=\"(/id/[a-z]+/[A-Za-z0-9_-]+)\">").matcher(search);
        assertTrue(m.find(), "no name result");
        String page = get(m.group(1)).body();
        assertTrue(page.contains("<figure class=\"chart\" id=\"stage-chart\""));
        assertTrue(page.contains("<td>2022</td><td>2</td>"), "2022: 在建 (stage 2) in the chart's table");
        assertTrue(page.contains("同句提及 Named in the same sentences"));
        assertTrue(page.contains("<h2>Timeline ("));
    }

    @Test
    void searchMarksTheWordsAndEscapesWhatItIsGiven() throws Exception {
        String body = get("/search?q=" + enc("无人机")).body();
        assertTrue(body.contains("<mark>无人机</mark>"));
        assertTrue(body.contains("国家级无人机检验检测中心") || body.contains("国家级<mark>无人机</mark>检验检测中心"));
        // Each sentence links its document's anchor, then the entities its mention names (from the text index).
        String sentences = body.substring(body.indexOf("id=\"sentences\""));
        assertTrue(Pattern.compile("<q>[^<]*<mark>无人机</mark>[^\n]*?</q><br><span class=\"muted\"><a href=\"[^\"]+#m-\\d+\">[^<]+</a>"
                + " · <a href=\"/id/[a-z]+/").matcher(sentences).find(), "no sentence links the entity it names");
        String hostile = get("/search?q=" + enc("\"><script>alert(1)</script>")).body();
        assertFalse(hostile.contains("<script>alert"), "the query reached the page as markup");
        assertTrue(hostile.contains("&lt;script&gt;"));
    }

    @Test
    void editorLoadsANamedQueryWithItsValuesLineAndRefusesBadParameters() throws Exception {
        String body = get("/sparql?name=reappear&from=2022&to=2024").body();
        assertTrue(body.contains("WHERE {\n  VALUES (?from ?to) { (2022 2024) }"), body);
        HttpResponse<String> bad = get("/sparql?name=reappear&from=x");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("takes an integer"));
    }

    @Test
    void assetsAreServedFromTheJarAndNothingElse() throws Exception {
        HttpResponse<String> echarts = get("/assets/echarts.min.js");
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.body().length() > 500_000);
        assertEquals(200, get("/assets/licenses/echarts/LICENSE").statusCode());
        // YASGUI, vendored by npm ci at build time, with the licence of every package it bundles.
        assertTrue(get("/assets/yasgui.min.js").body().length() > 500_000);
        assertEquals(200, get("/assets/yasgui.min.css").statusCode());
        String licences = get("/assets/licenses/yasgui/LICENSES.txt").body();
        assertTrue(licences.contains("@zazuko/yasgui@4.6.2  MIT") && licences.contains("codemirror@"), licences);
        assertEquals(404, get("/assets/pledgegraph.jar").statusCode());
        assertTrue(get("/assets/%2e%2e/%2e%2e/pom.xml").statusCode() >= 400);
        assertEquals(404, get("/no-such-page").statusCode());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
