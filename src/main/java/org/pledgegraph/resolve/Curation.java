package org.pledgegraph.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.InputException;

/**
 * User overrides of resolution, read from a TSV file ({@code seeds/curation.tsv}): one pair of names
 * per line, {@code relation TAB type TAB name TAB other [TAB note]}, where relation is {@code same}
 * (force a merge), {@code different} (forbid any merge or relation the rules would make between them)
 * or {@code part-of} (name is a part of other), and type an entity type key ({@code project},
 * {@code park}, {@code road}, {@code enterprise}, {@code facility}). Names are compared after
 * {@link NameKey} normalisation. Lines starting with {@code #} and blank lines are ignored; so is a
 * header line starting with {@code relation}.
 */
public record Curation(List<Override> overrides) {
    public static final Curation NONE = new Curation(List.of());

    public Curation {
        overrides = List.copyOf(overrides);
    }

    /** One override; {@code source} is {@code file:line}. */
    public record Override(Kind kind, EntityType type, String name, String other, String source) {
        public Override {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(other, "other");
        }

        String key() {
            return NameKey.of(name);
        }

        String otherKey() {
            return NameKey.of(other);
        }
    }

    /** The relations a curation line can state. */
    public enum Kind {
        SAME("same"), DIFFERENT("different"), PART_OF("part-of");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Reads {@code file}; a malformed row throws an {@link InputException} naming file and line. */
    public static Curation read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read curation file: " + e.getMessage());
        }
        return parse(file.toString(), lines);
    }

    static Curation parse(String source, List<String> lines) {
        List<Override> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || (out.isEmpty() && l.toLowerCase(Locale.ROOT).startsWith("relation"))) {
                continue;
            }
            int n = i + 1;
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new InputException(source, n, 1, "expected 4 tab-separated columns (relation, type, name, other), got "
                        + cols.length);
            }
            Kind kind = null;
            for (Kind k : Kind.values()) {
                if (k.word.equals(cols[0].strip())) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new InputException(source, n, 1, "unknown relation '" + cols[0].strip()
                        + "'; expected same, different or part-of");
            }
            EntityType type = EntityType.fromKey(cols[1].strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isFigure())
                    .orElseThrow(() -> new InputException(source, n, 2, "unknown entity type '" + cols[1].strip()
                            + "'; expected project, park, road, enterprise or facility"));
            String name = cols[2].strip();
            String other = cols[3].strip();
            if (name.isEmpty() || other.isEmpty()) {
                throw new InputException(source, n, name.isEmpty() ? 3 : 4, "empty name");
            }
            if (NameKey.of(name).equals(NameKey.of(other))) {
                throw new InputException(source, n, 3, "'" + name + "' and '" + other
                        + "' normalise to the same name; an override needs two different names");
            }
            out.add(new Override(kind, type, name, other, source + ":" + n));
        }
        return new Curation(out);
    }

    List<Override> of(Kind kind, EntityType type) {
        return overrides.stream().filter(o -> o.kind() == kind && o.type() == type).toList();
    }

    /** True if the user said the two normalised names (of any type) are different things. */
    boolean different(String keyA, String keyB) {
        return overrides.stream().anyMatch(o -> o.kind() == Kind.DIFFERENT
                && (o.key().equals(keyA) && o.otherKey().equals(keyB) || o.key().equals(keyB) && o.otherKey().equals(keyA)));
    }
}
