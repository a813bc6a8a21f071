package org.pledgegraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.TextDecoder;
import org.pledgegraph.text.YearInference;

/** Dev tool: prints the mentions of the files given as arguments. */
public final class DumpMain {
    private DumpMain() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Path.of(a);
            String name = p.getFileName().toString();
            String text = TextDecoder.decode(Files.readAllBytes(p), name);
            int year = YearInference.infer(text, name).orElse(2000);
            System.out.println("== " + name + " year " + year);
            for (Mention m : Extractor.defaults().extract(
                    new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", ""), text).mentions()) {
                System.out.println(m.type().key() + "\t" + m.surface() + "\t" + m.stage() + "\t" + m.modality().key()
                        + "\t" + m.aboutYear() + "\t" + (m.figure() == null ? "" : m.figure().indicator() + " " + m.figure().comparator())
                        + "\t" + m.industry() + "\t" + m.place());
            }
        }
    }
}
