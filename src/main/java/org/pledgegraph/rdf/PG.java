package org.pledgegraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.model.Stage;

/** IRIs of the pledgegraph vocabulary and the W3C terms it reuses (the public contract of DESIGN.md). */
public final class PG {
    public static final String NS = "https://w3id.org/pledgegraph/ontology#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    public static final Node Document = pg("Document");
    public static final Node Mention = pg("Mention");
    public static final Node Place = pg("Place");

    public static final Node year = pg("year");
    public static final Node sourceFile = pg("sourceFile");
    public static final Node documentKind = pg("documentKind");
    public static final Node issuingBody = pg("issuingBody");
    public static final Node mentions = pg("mentions");
    public static final Node inDocument = pg("inDocument");
    public static final Node mentionType = pg("mentionType");
    public static final Node stage = pg("stage");
    public static final Node modality = pg("modality");
    public static final Node aboutYear = pg("aboutYear");
    public static final Node surface = pg("surface");
    public static final Node evidence = pg("evidence");
    public static final Node evidenceStart = pg("evidenceStart");
    public static final Node evidenceEnd = pg("evidenceEnd");
    public static final Node industryHint = pg("industryHint");
    public static final Node placeHint = pg("placeHint");
    public static final Node corroboratedBy = pg("corroboratedBy");
    public static final Node industry = pg("industry");
    public static final Node partOf = pg("partOf");
    public static final Node hasPart = pg("hasPart");
    public static final Node locatedIn = pg("locatedIn");
    public static final Node divisionCode = pg("divisionCode");
    public static final Node shortName = pg("shortName");
    public static final Node formerName = pg("formerName");
    public static final Node level = pg("level");
    public static final Node within = pg("within");
    public static final Node jurisdiction = pg("jurisdiction");
    public static final Node indicator = pg("indicator");
    public static final Node indicatorLabel = pg("indicatorLabel");
    public static final Node value = pg("value");
    public static final Node unit = pg("unit");
    public static final Node comparator = pg("comparator");
    public static final Node targetYear = pg("targetYear");
    public static final Node periodYear = pg("periodYear");
    public static final Node resolutionPending = pg("resolutionPending");
    public static final Node ofEnterprise = pg("ofEnterprise");
    public static final Node mentionCount = pg("mentionCount");
    public static final Node droppedName = pg("droppedName");
    public static final Node documentCount = pg("documentCount");
    public static final Node firstYear = pg("firstYear");
    public static final Node lastYear = pg("lastYear");
    public static final Node firstPromised = pg("firstPromised");
    public static final Node promiseCount = pg("promiseCount");
    public static final Node completedIn = pg("completedIn");
    public static final Node lastStage = pg("lastStage");
    public static final Node lastStageYear = pg("lastStageYear");
    public static final Node silentSince = pg("silentSince");

    public static final Node ExtractionFailure = pg("ExtractionFailure");
    public static final Node extractionFailure = pg("extractionFailure");
    public static final Node recognizer = pg("recognizer");
    public static final Node exceptionClass = pg("exceptionClass");
    public static final Node errorMessage = pg("errorMessage");
    public static final Node line = pg("line");
    /** The text the extractor read, and the files it was converted from (see docs/rdf-model.md). */
    public static final Node DocumentText = pg("DocumentText");
    public static final Node SourceFile = pg("SourceFile");
    public static final Node text = pg("text");
    public static final Node file = pg("file");
    public static final Node fileName = pg("fileName");
    public static final Node sha256 = pg("sha256");
    public static final Node contentSha256 = pg("contentSha256");
    public static final Node byteSize = pg("byteSize");
    public static final Node converter = pg("converter");
    public static final Node converterVersion = pg("converterVersion");

    public static final Node ResolutionDecision = pg("ResolutionDecision");
    public static final Node Merged = pg("Merged");
    public static final Node Related = pg("Related");
    public static final Node KeptApart = pg("KeptApart");
    public static final Node rule = pg("rule");
    public static final Node score = pg("score");
    public static final Node outcome = pg("outcome");
    public static final Node assertedProperty = pg("assertedProperty");
    public static final Node leftName = pg("leftName");
    public static final Node rightName = pg("rightName");
    public static final Node leftEntity = pg("leftEntity");
    public static final Node rightEntity = pg("rightEntity");
    public static final Node involvesMention = pg("involvesMention");

    public static final Node dctIssued = iri(DCT + "issued");
    public static final Node dctTitle = iri(DCT + "title");
    /** The jurisdiction a document speaks for: a pg:Place. */
    public static final Node dctSpatial = iri(DCT + "spatial");
    public static final Node dctFormat = iri(DCT + "format");
    public static final Node rdfValue = iri(RDF + "value");
    public static final Node provWasDerivedFrom = iri(PROV + "wasDerivedFrom");
    public static final Node provHadPrimarySource = iri(PROV + "hadPrimarySource");
    public static final Node rdfType = iri(RDF + "type");
    public static final Node rdfsLabel = iri(RDFS + "label");
    public static final Node skosAltLabel = iri(SKOS + "altLabel");
    public static final Node skosInScheme = iri(SKOS + "inScheme");
    public static final Node dctIdentifier = iri(DCT + "identifier");
    public static final Node oaSpecificResource = iri(OA + "SpecificResource");
    public static final Node oaTextQuoteSelector = iri(OA + "TextQuoteSelector");
    public static final Node oaTextPositionSelector = iri(OA + "TextPositionSelector");
    public static final Node oaHasTarget = iri(OA + "hasTarget");
    public static final Node oaHasSource = iri(OA + "hasSource");
    public static final Node oaHasSelector = iri(OA + "hasSelector");
    public static final Node oaExact = iri(OA + "exact");
    public static final Node oaPrefix = iri(OA + "prefix");
    public static final Node oaSuffix = iri(OA + "suffix");
    public static final Node oaStart = iri(OA + "start");
    public static final Node oaEnd = iri(OA + "end");

    private PG() {
    }

    public static Node pg(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** Industry concept of ontology/industries.ttl; vocabulary IRIs do not follow the data base IRI. */
    public static Node industryConcept(String slug) {
        return iri("https://w3id.org/pledgegraph/industry/" + slug);
    }

    /** Indicator concept of ontology/indicators.ttl. */
    public static Node indicatorConcept(String slug) {
        return iri("https://w3id.org/pledgegraph/indicator/" + slug);
    }

    public static Node type(EntityType t) {
        return pg(t.className());
    }

    /** The level individual of a place: pg:Province, pg:County, … */
    public static Node level(PlaceLevel l) {
        return pg(l.localName());
    }

    public static Node of(Stage s) {
        return pg(s.localName());
    }

    public static Node of(Modality m) {
        return pg(m.localName());
    }

    public static Node of(Comparison c) {
        return pg(c.localName());
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The part of an IRI after its last '#' or '/', e.g. {@code Commitment} for pg:Commitment. */
    public static String localName(Node n) {
        return localName(n.getURI());
    }

    /** The part of an IRI after its last {@code #} or {@code /}. */
    public static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
