package org.pledgegraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.InputException;

/**
 * A Jetty-style password file ({@code user: password} per line, {@code #} comments) for the update
 * endpoint. There is no default: updates are impossible without one.
 */
record PasswordFile(Path path, List<String> users) {
    static PasswordFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot read password file: " + e.getMessage());
        }
        List<String> users = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || l.substring(colon + 1).split(",")[0].strip().length() < 8) {
                throw new InputException(path.toString(), i + 1, 1,
                        "expected 'user: password' with a password of at least 8 characters");
            }
            users.add(l.substring(0, colon).strip());
        }
        if (users.isEmpty()) {
            throw new InputException(path.toString(), "password file names no user");
        }
        return new PasswordFile(path, List.copyOf(users));
    }
}
