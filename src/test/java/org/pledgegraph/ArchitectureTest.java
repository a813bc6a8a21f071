package org.pledgegraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout follows the data flow: each package's {@code package-info.java} says, on a line
 * {@code May import: a, b, c.}, which of our packages it may use, and the compiled classes must agree.
 * Jena stays in the packages that speak RDF (rdf, store, server, export's bridge; bench is moved out).
 */
class ArchitectureTest {
    private static final String ROOT = "org.pledgegraph";
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "pledgegraph");
    private static final Pattern MAY_IMPORT = Pattern.compile("May import: ([a-z, ]+)\\.");
    private static final Set<String> JENA_ALLOWED = Set.of("rdf", "store", "server", "export", "bench");

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** Our packages with sources (bench may move to its own source set: then it is simply not listed). */
    private static List<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    /** What {@code pkg}'s package-info allows, or null when it states nothing. */
    static Set<String> allowed(String pkg) throws IOException {
        Path info = SOURCES.resolve(pkg).resolve("package-info.java");
        if (!Files.isRegularFile(info)) {
            return null;
        }
        Matcher m = MAY_IMPORT.matcher(Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " "));
        if (!m.find()) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty() && !s.equals("none"))
                .forEach(out::add);
        return out;
    }

    @Test
    void everyPackageSaysWhatItMayImport() throws IOException {
        List<String> silent = new ArrayList<>();
        for (String p : packages()) {
            if (!p.equals("bench") && allowed(p) == null) {
                silent.add(p);
            }
        }
        assertEquals(List.of(), silent, "packages whose package-info lacks a 'May import: …' line");
    }

    @Test
    void packagesImportOnlyWhatTheirPackageInfoAllows() throws IOException {
        List<String> packages = packages();
        for (String p : packages) {
            Set<String> allowed = allowed(p);
            if (allowed == null) {
                continue;
            }
            for (String other : packages) {
                if (!other.equals(p) && !allowed.contains(other)) {
                    noClasses().that().resideInAPackage(ROOT + "." + p + "..")
                            .should().dependOnClassesThat().resideInAPackage(ROOT + "." + other + "..")
                            .because(p + "'s package-info allows only " + allowed)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void onlyThePackagesThatSpeakRdfUseJena() throws IOException {
        for (String p : packages()) {
            if (!JENA_ALLOWED.contains(p)) {
                noClasses().that().resideInAPackage(ROOT + "." + p + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                        .because("Jena stays behind rdf/store (and server, export's bridge)")
                        .check(classes);
            }
        }
    }

    @Test
    void theRuleReaderReadsARule() throws IOException {
        assertEquals(Set.of(), allowed("model"));
        assertEquals(Set.of("model", "store"), allowed("eval"));
        assertTrue(allowed("cli").contains("ingest"));
    }
}
