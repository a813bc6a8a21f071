package org.pledgegraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.pledgegraph.model.InputException;

/** Loads and parses the {@code queries/*.rq} files; a syntax error names file, line and column. */
public final class NamedQueries {
    private final Map<String, NamedQuery> byName;

    private NamedQueries(Map<String, NamedQuery> byName) {
        this.byName = byName;
    }

    /** Parses every .rq file of {@code dir} (which may be missing: then there are none). */
    public static NamedQueries load(Path dir) {
        Map<String, NamedQuery> m = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                    NamedQuery q = parse(p);
                    m.put(q.name(), q);
                }
            } catch (IOException e) {
                throw new InputException(dir.toString(), "cannot list queries: " + e.getMessage());
            }
        }
        return new NamedQueries(m);
    }

    public List<NamedQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The query called {@code name}, or an error listing those that exist. */
    public NamedQuery get(String name) {
        NamedQuery q = byName.get(name);
        if (q == null) {
            throw new InputException(name, "no such query; known queries: " + String.join(", ", byName.keySet()));
        }
        return q;
    }

    /** Parses one query file. */
    public static NamedQuery parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String summary = "";
        String question = "";
        List<NamedQuery.Param> params = new ArrayList<>();
        for (String body : header(text)) {
            if (body.startsWith("summary:")) {
                summary = body.substring("summary:".length()).strip();
            } else if (body.startsWith("question:")) {
                question = body.substring("question:".length()).strip();
            } else if (body.startsWith("param:")) {
                params.add(param(body.substring("param:".length()).strip()));
            }
        }
        try {
            Query q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            return new NamedQuery(name, summary, question, List.copyOf(params), q, text);
        } catch (QueryParseException e) {
            throw new InputException(file.toString(), e.getLine(), e.getColumn(), firstLine(e.getMessage()));
        }
    }

    /** The comment lines at the top of a query file (blank lines skipped), without their {@code #}: its header. */
    static List<String> header(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                out.add(l.substring(1).strip());
            } else if (!l.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** {@code from   (optional) year of the promise, e.g. 2022}: name, optional, description, kind by the example. */
    static NamedQuery.Param param(String line) {
        String[] parts = line.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        boolean optional = rest.startsWith("(optional)");
        if (optional) {
            rest = rest.substring("(optional)".length()).strip();
        }
        String example = "";
        NamedQuery.Kind kind = NamedQuery.Kind.STRING;
        int eg = rest.indexOf("e.g.");
        if (eg >= 0) {
            // The examples run to the first ';' ("e.g. 2022; without it, …"), listed with ',' or "or".
            String[] examples = rest.substring(eg + 4).split(";", 2)[0].strip().replace("'", "")
                    .split("\\s*,\\s*|\\s+or\\s+");
            example = examples[0].strip().split("\\s+", 2)[0];
            kind = kindOf(examples[0].strip());
            for (String e : examples) {
                // Examples of different kinds (a code or a name: "410503, 北关区 or 北关") make it a string.
                if (kindOf(e.strip()) != kind) {
                    kind = NamedQuery.Kind.STRING;
                }
            }
        }
        return new NamedQuery.Param(parts[0], optional, rest, kind, example);
    }

    private static NamedQuery.Kind kindOf(String example) {
        return example.matches("-?\\d+") ? NamedQuery.Kind.INTEGER
                : example.startsWith("<") ? NamedQuery.Kind.IRI : NamedQuery.Kind.STRING;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
