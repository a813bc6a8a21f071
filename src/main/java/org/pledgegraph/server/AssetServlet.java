package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /assets/…}: the workbench's own script and styles and the vendored ECharts and YASGUI, from the jar
 * (nothing is fetched from the internet), with the licences of what is vendored.
 */
final class AssetServlet extends HttpServlet {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/";
    /** Put there by src/main/frontend/vendor.sh (npm ci at build time). */
    static final String YASGUI = "org/pledgegraph/server/vendor/yasgui/";
    /** Served name → class-path resource: a fixed list, so no request can reach any other resource. */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/workbench.js", "org/pledgegraph/server/assets/workbench.js"),
            Map.entry("/workbench.css", "org/pledgegraph/server/assets/workbench.css"),
            Map.entry("/sparql.js", "org/pledgegraph/server/assets/sparql.js"),
            Map.entry("/echarts.min.js", ECHARTS + "dist/echarts.min.js"),
            Map.entry("/yasgui.min.js", YASGUI + "yasgui.min.js"),
            Map.entry("/yasgui.min.css", YASGUI + "yasgui.min.css"),
            Map.entry("/licenses/echarts/LICENSE", ECHARTS + "LICENSE"),
            Map.entry("/licenses/echarts/NOTICE", ECHARTS + "NOTICE"),
            Map.entry("/licenses/echarts/LICENSE-d3", ECHARTS + "licenses/LICENSE-d3"),
            Map.entry("/licenses/yasgui/LICENSES.txt", YASGUI + "LICENSES.txt"));

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/licenses/") || path.equals("/licenses")) {
            ApiServlet.send(resp, 200, "text/html", Layout.head("Licences") + "<h1>Vendored front-end code</h1><ul>"
                    + "<li>Apache ECharts 5.3.1 (WebJar org.webjars.npm:echarts:5.3.1), Apache License 2.0: "
                    + "<a href=\"/assets/licenses/echarts/LICENSE\">LICENSE</a>, <a href=\"/assets/licenses/echarts/NOTICE\">NOTICE</a>, "
                    + "<a href=\"/assets/licenses/echarts/LICENSE-d3\">LICENSE-d3</a></li>"
                    + "<li>YASGUI 4.6.2 (npm @zazuko/yasgui, MIT) and the packages it bundles, each with its licence: "
                    + "<a href=\"/assets/licenses/yasgui/LICENSES.txt\">LICENSES.txt</a></li></ul>" + Layout.foot(false));
            return;
        }
        String resource = FILES.get(path);
        InputStream in = resource == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            ApiServlet.send(resp, 404, "text/plain", "no such asset\n");
            return;
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "text/plain";
            resp.setStatus(200);
            resp.setContentType(type + ";charset=utf-8");
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }
    }
}
