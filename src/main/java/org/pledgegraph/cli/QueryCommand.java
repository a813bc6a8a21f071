package org.pledgegraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.PledgeGraphException;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.Paging;
import org.pledgegraph.store.QueryRunner;
import org.pledgegraph.store.QueryTimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a named query (queries/NAME.rq) or a .rq file against the store.",
                "Parameters are bound as RDF terms (integers as xsd:integer, <iri> as IRIs, else strings);",
                "they replace the query's variables of the same name and cannot change its structure.",
                "'query --list' shows the named queries."})
final class QueryCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "A named query or a query file.")
    String name;

    @Option(names = "--param", paramLabel = "name=value", description = "Bind ?name to value (repeatable).")
    List<String> params = List.of();

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    QueryRunner.Format format;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of named queries (default: ${DEFAULT-VALUE}).")
    Path queriesDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop the query after this many seconds (default: ${DEFAULT-VALUE}, as the server).")
    long timeoutSeconds;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1",
            description = "Page of rows to print, from 1 (default: ${DEFAULT-VALUE}); the total goes to stderr.")
    long page;

    @Option(names = "--page-size", paramLabel = "ROWS", defaultValue = "100",
            description = "Rows per page (default: ${DEFAULT-VALUE}; 0 = every row). Rows come in a stable order.")
    long pageSize;

    @Option(names = "--list", description = "List the named queries with their summaries and parameters.")
    boolean list;

    @Override
    public Integer call() {
        if (list || name == null) {
            PrintWriter o = out();
            for (NamedQuery q : NamedQueries.load(queriesDir).all()) {
                o.printf("%-20s %s%s%n", q.name(), q.summary(),
                        q.params().isEmpty() ? "" : "  [params: " + String.join(", ", q.params()) + "]");
            }
            o.flush();
            return name == null && !list ? PledgeGraph.USAGE : PledgeGraph.OK;
        }
        NamedQuery q = name.endsWith(".rq") || Files.isRegularFile(Path.of(name))
                ? parseFile(Path.of(name))
                : NamedQueries.load(queriesDir).get(name);
        var bound = QueryRunner.parseParams(params);
        if (timeoutSeconds <= 0) {
            throw new InputException("--timeout", "must be a positive number of seconds, got " + timeoutSeconds);
        }
        Paging paging = Paging.of(page, pageSize, "--page");
        try (GraphStore store = openStore(storeOptions.store)) {
            store.queryTimeout(timeoutSeconds * 1000);
            out().flush();
            OutputStream os = new NonClosingStdout();
            long total = new QueryRunner(store).run(q, bound, format, os, paging);
            System.out.flush();
            if (q.isSelect()) {
                // On stderr, so stdout stays one clean table, CSV, TSV or JSON document.
                long shown = Math.max(0, Math.min(total - paging.offset(), paging.limit()));
                err().println(q.name() + ": " + (shown == 0 ? "no rows" : "rows " + (paging.offset() + 1) + "-"
                        + (paging.offset() + shown)) + " of " + total + " (page " + paging.page() + " of "
                        + paging.pages(total) + (paging.page() < paging.pages(total) ? "; --page "
                        + (paging.page() + 1) + " for more, --page-size 0 for all" : "") + ")");
                err().flush();
            }
        } catch (QueryTimeoutException e) {
            throw new PledgeGraphException(q.name() + ": stopped after " + timeoutSeconds
                    + " s (--timeout); narrow it with --param or raise --timeout");
        }
        return PledgeGraph.OK;
    }

    private static NamedQuery parseFile(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new InputException(p.toString(), "no such query file");
        }
        return NamedQueries.parse(p);
    }
}
