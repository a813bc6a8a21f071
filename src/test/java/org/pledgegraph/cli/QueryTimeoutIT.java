package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `query --timeout`: a runaway query is stopped with a one-line reason and exit 1; the store still answers. */
class QueryTimeoutIT {
    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeGraph.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void runawayQueryIsStoppedAtTheTimeout() throws Exception {
        String db = tmp.resolve("db").toString();
        // The seeded store (one ingest per JVM, copied): the CLI's ingest is CliTest's and ShadedJarIT's subject.
        org.pledgegraph.it.SeededStore.open(Path.of(db)).close();
        // A cross product of the store (~10^9 rows): far beyond one second; COUNT keeps it from streaming.
        Path q = tmp.resolve("runaway.rq");
        Files.writeString(q, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }\n");
        Result r = run("query", "--store", db, "--timeout", "1", q.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().strip().endsWith("runaway: stopped after 1 s (--timeout); narrow it with --param or raise --timeout"),
                r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        Result after = run("query", "--store", db, "documents", "--format", "tsv"); // results go to stdout
        assertEquals(0, after.code(), after.err());
        assertEquals(2, run("query", "--store", db, "--timeout", "0", "documents").code());
    }
}
