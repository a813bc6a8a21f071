package org.pledgegraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;

/** The OpenAPI 3.1 description of {@code /api/…}, generated from the named queries' headers. */
final class OpenApi {
    private OpenApi() {
    }

    static Map<String, Object> describe(NamedQueries queries, long maxRows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "pledgegraph named queries",
                "version", "1",
                "description", "Each research question of queries/*.rq as GET /api/{name}: JSON (default), CSV or TSV "
                        + "(Accept or ?format=), paged with limit and offset; X-Total-Count gives the number of rows. "
                        + "Parameters are checked as by `pledgegraph query --param`: an unknown name or a value of the "
                        + "wrong kind is a 400 with a one-line reason."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (NamedQuery q : queries.all()) {
            paths.put("/api/" + q.name(), Map.of("get", operation(q, maxRows)));
        }
        doc.put("paths", paths);
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Page", Map.of("type", "object",
                "required", List.of("query", "parameters", "total", "offset", "limit", "page", "pageSize", "pages",
                        "columns", "rows"),
                "properties", props(
                        "query", Map.of("type", "string"),
                        "parameters", Map.of("type", "object", "description", "the parameters as bound"),
                        "total", Map.of("type", "integer", "description", "rows in the whole answer"),
                        "offset", Map.of("type", "integer"),
                        "limit", Map.of("type", "integer"),
                        "page", Map.of("type", "integer", "description", "this page's number, from 1"),
                        "pageSize", Map.of("type", "integer", "description", "rows per page (= limit)"),
                        "pages", Map.of("type", "integer", "description", "pages in the whole answer"),
                        "columns", Map.of("type", "array", "items", Map.of("type", "string")),
                        "rows", Map.of("type", "array", "items", Map.of("type", "object")),
                        "next", Map.of("type", List.of("string", "null"), "description", "the next page, if any"))));
        doc.put("components", Map.of("schemas", schemas));
        return doc;
    }

    private static Map<String, Object> operation(NamedQuery q, long maxRows) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", q.name().replace('-', '_'));
        op.put("summary", q.summary());
        if (!q.question().isEmpty()) {
            op.put("description", q.question() + "\n\nSPARQL: queries/" + q.name() + ".rq");
        }
        List<Object> params = new ArrayList<>();
        for (NamedQuery.Param p : q.parameters()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            switch (p.kind()) {
                case INTEGER -> schema.put("type", "integer");
                case IRI -> {
                    schema.put("type", "string");
                    schema.put("format", "iri");
                }
                case STRING -> schema.put("type", "string");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("in", "query");
            m.put("required", !p.optional());
            m.put("description", p.description());
            m.put("schema", schema);
            if (!p.example().isEmpty() && !p.example().contains("…")) {
                String ex = p.kind() == NamedQuery.Kind.IRI ? p.example().replaceAll("^<|>$", "") : p.example();
                m.put("example", p.kind() == NamedQuery.Kind.INTEGER ? Long.valueOf(ex) : ex);
            }
            params.add(m);
        }
        params.add(Map.of("name", "page", "in", "query", "required", false,
                "description", "page number, from 1 (rows come in a stable order: the query's ORDER BY, then every column)",
                "schema", Map.of("type", "integer", "minimum", 1, "default", 1)));
        params.add(Map.of("name", "pageSize", "in", "query", "required", false, "description", "rows per page",
                "schema", Map.of("type", "integer", "minimum", 1, "maximum", maxRows, "default", ApiServlet.DEFAULT_LIMIT)));
        params.add(Map.of("name", "limit", "in", "query", "required", false,
                "description", "rows per page (the limit/offset style; not with page/pageSize)",
                "schema", Map.of("type", "integer", "minimum", 1, "maximum", maxRows, "default", ApiServlet.DEFAULT_LIMIT)));
        params.add(Map.of("name", "offset", "in", "query", "required", false, "description", "rows to skip",
                "schema", Map.of("type", "integer", "minimum", 0, "default", 0)));
        params.add(Map.of("name", "format", "in", "query", "required", false,
                "description", "json (default), csv or tsv; overrides Accept",
                "schema", Map.of("type", "string", "enum", List.of("json", "csv", "tsv"))));
        op.put("parameters", params);
        Map<String, Object> rowProps = new LinkedHashMap<>();
        for (String c : q.columns()) {
            rowProps.put(c, Map.of("type", List.of("string", "number", "null")));
        }
        Map<String, Object> page = Map.of("allOf", List.of(Map.of("$ref", "#/components/schemas/Page"),
                Map.of("properties", Map.of("rows", Map.of("type", "array",
                        "items", Map.of("type", "object", "properties", rowProps))))));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("application/json", Map.of("schema", page));
        content.put("text/csv", Map.of("schema", Map.of("type", "string")));
        content.put("text/tab-separated-values", Map.of("schema", Map.of("type", "string")));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "one page of rows", "content", content,
                "headers", Map.of("X-Total-Count", Map.of("description", "rows in the whole answer",
                        "schema", Map.of("type", "integer")))));
        responses.put("400", Map.of("description", "unknown parameter or a value of the wrong kind (one line)",
                "content", Map.of("text/plain", Map.of("schema", Map.of("type", "string")))));
        responses.put("503", Map.of("description", "stopped at the server's query timeout"));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
