package org.pledgegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.pledgegraph.model.InputException;

/** Expands the paths given to ingest: files as they are, folders to their {@code *.txt} files (recursively, sorted). */
final class DocumentFiles {
    private DocumentFiles() {
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
                            .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".txt"))
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
            throw new InputException(String.valueOf(inputs), "no .txt documents found");
        }
        return new ArrayList<>(out);
    }
}
