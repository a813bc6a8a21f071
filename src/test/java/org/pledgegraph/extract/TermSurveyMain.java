package org.pledgegraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.text.Normalizer;
import org.pledgegraph.text.SentenceSplitter;
import org.pledgegraph.text.TextDecoder;

/**
 * Dev tool: which reports of a folder {@link ReportTerm} reads as closing a term, with the years it gives them
 * (reads headings only; prints file, year, review year, plan year). Usage: {@code TermSurveyMain DIR}.
 */
public final class TermSurveyMain {
    private TermSurveyMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/local");
        Manifest manifest = Manifest.of(dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int flagged = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            DocumentMeta meta = manifest.get(name).orElse(null);
            if (meta == null) {
                continue;
            }
            String text = TextDecoder.decode(Files.readAllBytes(f), name);
            ReportTerm term = ReportTerm.read(SentenceSplitter.split(Normalizer.normalize(text)), meta.year());
            if (!term.equals(ReportTerm.startOfYear(meta.year()))) {
                flagged++;
                System.out.println(name + "\t" + meta.year() + "\treview " + term.reviewYear() + "\tplan "
                        + term.planYear());
            }
        }
        System.out.println(flagged + " of " + files.size() + " reports close a term");
    }
}
