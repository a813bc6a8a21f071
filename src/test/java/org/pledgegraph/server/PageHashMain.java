package org.pledgegraph.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.pledgegraph.store.GraphStore;

/**
 * Dev diagnostic: a SHA-256 of each page's HTML as the server gives it without the answer cache (the port
 * written as PORT), to compare two builds on one store without looking at the pages:
 * {@code java -cp pledgegraph.jar:target/test-classes org.pledgegraph.server.PageHashMain STORE PATH...}.
 * It opens the store as the bench does (no resolution, whatever its layout).
 */
public final class PageHashMain {
    private PageHashMain() {
    }

    public static void main(String[] args) throws Exception {
        try (GraphStore store = GraphStore.open(Path.of(args[0]));
             SparqlServer server = SparqlServer.create(store).port(0).cacheMegabytes(0).build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String root = "http://127.0.0.1:" + server.port();
            for (int i = 1; i < args.length; i++) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + args[i])).header("Accept", "text/html")
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                // Only the server's own address: a bare port number also matches offsets in the page (#m-43512)
                // now and then, which made one page's hash differ between two runs of one build.
                String body = r.body().replace("127.0.0.1:" + server.port(), "127.0.0.1:PORT");
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                System.out.printf("%s %d %8d %s%n", HexFormat.of().formatHex(sha).substring(0, 16), r.statusCode(), body.length(), args[i]);
            }
        }
    }
}
