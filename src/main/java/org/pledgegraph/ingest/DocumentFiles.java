package org.pledgegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.pledgegraph.model.InputException;

/**
 * Expands the paths given to ingest: files as they are (whatever their name: the format is detected from the
 * content), folders to their report files by extension (recursively, sorted).
 */
final class DocumentFiles {
    /** Extensions of report files picked up from folders. */
    static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".pdf", ".docx", ".doc");

    private DocumentFiles() {
    }

    static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && EXTENSIONS.stream().anyMatch(name::endsWith); // ~$x.docx: Word's lock file
    }

    static List<Path> expand(List<Path> inputs) {
        TreeSet<Path> out = new TreeSet<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new InputException(in.toString(), "no such file or folder");
            }
            if (Files.isDirectory(in)) {
                try (var walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(DocumentFiles::isReport)
                            .forEach(p -> out.add(p.normalize()));
                } catch (IOException e) {
                    throw new InputException(in.toString(), "cannot list folder: " + e.getMessage());
                }
            } else {
                if (!Files.isReadable(in)) {
                    throw new InputException(in.toString(), "not readable");
                }
                out.add(in.normalize());
            }
        }
        if (out.isEmpty()) {
            throw new InputException(String.valueOf(inputs), "no report files found (" + String.join(", ", EXTENSIONS) + ")");
        }
        return new ArrayList<>(out);
    }
}
