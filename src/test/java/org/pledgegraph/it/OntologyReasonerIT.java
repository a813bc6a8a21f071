package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.export.ExportFormat;
import org.pledgegraph.export.Exporter;
import org.pledgegraph.store.GraphStore;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWL2RLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology checked by a reasoner: OWL API 5 + HermiT load every ontology/*.ttl, find them consistent,
 * every class satisfiable and the whole in OWL 2 DL; then the seeds' exported graph with the ontology is
 * consistent too, and its instances get the types the ontology implies.
 */
class OntologyReasonerIT {
    static final String PG = "https://w3id.org/pledgegraph/ontology#";
    @TempDir
    static Path tmp;
    static byte[] seedsTurtle;

    @BeforeAll
    static void exportSeeds() {
        try (GraphStore store = SeededStore.open(tmp.resolve("db"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(store).write(ExportFormat.turtle, out);
            seedsTurtle = out.toByteArray();
        }
    }

    /**
     * The Turtle files of ontology/ (a places scheme included once one lands) in one ontology; with
     * {@code withShapes} false, without shapes.ttl, which is a SHACL graph rather than OWL.
     */
    static OWLOntology vocabulary(OWLOntologyManager m, boolean withShapes) throws IOException, OWLOntologyCreationException {
        OWLOntology all = m.createOntology(IRI.create("urn:x-test:pledgegraph-all"));
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("ontology"))) {
            files = s.filter(p -> p.toString().endsWith(".ttl"))
                    .filter(p -> withShapes || !p.getFileName().toString().equals("shapes.ttl")).sorted().toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path f : files) {
            OWLOntology o = m.loadOntologyFromOntologyDocument(f.toFile());
            m.addAxioms(all, o.axioms());
        }
        return all;
    }

    @Test
    void ontologyIsConsistentEveryClassSatisfiableAndInOwl2Dl() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology vocabulary = vocabulary(m, false);
        OWLProfileReport dl = new OWL2DLProfile().checkOntology(vocabulary);
        assertTrue(dl.isInProfile(), "not OWL 2 DL: " + summary(dl));
        OWLProfileReport rl = new OWL2RLProfile().checkOntology(vocabulary);
        // Stated in the README: DL, not RL (owl:oneOf enumerations and unions as domains are outside RL).
        assertFalse(rl.isInProfile(), "the ontology became OWL 2 RL: update the README's profile statement");
        OWLOntology onto = vocabulary(OWLManager.createOWLOntologyManager(), true);
        OWLReasoner r = new ReasonerFactory().createReasoner(onto);
        try {
            assertTrue(r.isConsistent(), "HermiT: the ontology is inconsistent");
            r.precomputeInferences(InferenceType.CLASS_HIERARCHY);
            Set<OWLClass> unsat = r.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertTrue(unsat.isEmpty(), "unsatisfiable classes: " + unsat);
            // A sanity check that the reasoner saw the axioms: an Enterprise is an org:Organization.
            OWLClass enterprise = m.getOWLDataFactory().getOWLClass(IRI.create(PG + "Enterprise"));
            assertTrue(r.getSuperClasses(enterprise, false).entities()
                    .anyMatch(c -> c.getIRI().toString().equals("http://www.w3.org/ns/org#Organization")));
        } finally {
            r.dispose();
        }
    }

    @Test
    void theSeedsGraphWithTheOntologyIsConsistent() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology all = vocabulary(m, false);
        OWLOntology data = m.loadOntologyFromOntologyDocument(new StreamDocumentSource(
                new ByteArrayInputStream(seedsTurtle), IRI.create("urn:x-test:seeds"),
                new org.semanticweb.owlapi.formats.TurtleDocumentFormat(), null));
        m.addAxioms(all, data.axioms());
        long individuals = all.individualsInSignature().count();
        assertTrue(individuals > 1000, "only " + individuals + " individuals loaded from the seeds' graph");
        OWLReasoner r = new ReasonerFactory().createReasoner(all);
        try {
            assertTrue(r.isConsistent(), "HermiT: the seeds' graph contradicts the ontology");
            r.precomputeInferences(InferenceType.CLASS_ASSERTIONS);
            // Every mention is a prov:Entity and an oa:Annotation by the ontology's axioms alone.
            OWLClass mention = m.getOWLDataFactory().getOWLClass(IRI.create(PG + "Mention"));
            OWLClass provEntity = m.getOWLDataFactory().getOWLClass(IRI.create("http://www.w3.org/ns/prov#Entity"));
            Set<OWLNamedIndividual> mentions = r.getInstances(mention, false).entities().collect(Collectors.toSet());
            assertTrue(mentions.size() > 500, "mentions: " + mentions.size());
            Set<OWLNamedIndividual> entities = r.getInstances(provEntity, false).entities().collect(Collectors.toSet());
            assertTrue(entities.containsAll(mentions), "a mention is not inferred to be a prov:Entity");
        } finally {
            r.dispose();
        }
    }

    /** The first violations, each on one short line: the full report runs to megabytes. */
    static String summary(OWLProfileReport report) {
        return report.getViolations().size() + " violations, e.g.\n" + report.getViolations().stream()
                .map(v -> v.toString().replaceAll("\\s+", " "))
                .map(v -> v.length() > 200 ? v.substring(0, 200) + "…" : v).distinct().limit(15)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theReasonerStaysOutOfTheShadedJar() throws Exception {
        Path jar = Path.of(System.getProperty("pledgegraph.jar", "target/pledgegraph.jar"));
        try (JarFile j = new JarFile(jar.toFile())) {
            long owlapi = j.stream().filter(e -> e.getName().startsWith("org/semanticweb/")).count();
            assertEquals(0, owlapi, "OWL API or HermiT classes leaked into the product jar");
        }
    }
}
