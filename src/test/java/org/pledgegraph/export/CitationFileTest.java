package org.pledgegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgegraph.rdf.ProjectVersion;
import org.yaml.snakeyaml.Yaml;

/**
 * CITATION.cff against the rules of the Citation File Format 1.2.0 schema that apply to the keys it uses
 * (required keys, no unknown keys, value shapes), its version against the build's, and the licence files.
 * The JSON schema itself is not on a reachable registry, so cffconvert's check is re-stated here.
 */
class CitationFileTest {
    /** Every top-level key the CFF 1.2.0 schema allows (additionalProperties is false). */
    static final Set<String> CFF_KEYS = Set.of("abstract", "authors", "cff-version", "commit", "contact", "date-released",
            "doi", "identifiers", "keywords", "license", "license-url", "message", "preferred-citation", "references",
            "repository", "repository-artifact", "repository-code", "title", "type", "url", "version");
    static final Set<String> PERSON_KEYS = Set.of("address", "affiliation", "alias", "city", "country", "email",
            "family-names", "fax", "given-names", "name-particle", "name-suffix", "orcid", "post-code", "region", "tel",
            "website");
    static final Set<String> ENTITY_KEYS = Set.of("address", "alias", "city", "country", "date-end", "date-start",
            "email", "fax", "location", "name", "orcid", "post-code", "region", "tel", "website");
    static final String URL = "^(https|http|ftp|sftp)://.+";

    @SuppressWarnings("unchecked")
    static Map<String, Object> cff() throws Exception {
        return new Yaml().load(Files.readString(Path.of("CITATION.cff")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void citationFileFollowsCff120() throws Exception {
        Map<String, Object> cff = cff();
        for (String required : List.of("cff-version", "message", "title", "authors")) {
            assertTrue(cff.containsKey(required), "CFF 1.2.0 requires " + required);
        }
        for (String key : cff.keySet()) {
            assertTrue(CFF_KEYS.contains(key), "not a CFF 1.2.0 key: " + key);
        }
        assertEquals("1.2.0", cff.get("cff-version"));
        assertFalse(((String) cff.get("message")).isBlank());
        assertFalse(((String) cff.get("title")).isBlank());
        assertTrue(Set.of("software", "dataset").contains(cff.getOrDefault("type", "software")));
        List<Map<String, Object>> authors = (List<Map<String, Object>>) cff.get("authors");
        assertFalse(authors.isEmpty(), "authors must have at least one item");
        for (Map<String, Object> a : authors) {
            boolean entity = a.containsKey("name");
            Set<String> allowed = entity ? ENTITY_KEYS : PERSON_KEYS;
            a.keySet().forEach(k -> assertTrue(allowed.contains(k), "not a CFF " + (entity ? "entity" : "person") + " key: " + k));
            assertTrue(entity || a.containsKey("family-names") || a.containsKey("given-names"), a.toString());
            a.values().forEach(v -> assertTrue(v instanceof String && !((String) v).isBlank(), a.toString()));
        }
        assertTrue(((String) cff.get("url")).matches(URL), "url");
        assertEquals("Apache-2.0", cff.get("license"), "the code's SPDX licence id");
        if (cff.containsKey("date-released")) {
            assertTrue(cff.get("date-released").toString().matches("\\d{4}-\\d{2}-\\d{2}"));
        }
        for (Object k : (List<Object>) cff.get("keywords")) {
            assertTrue(k instanceof String && !((String) k).isBlank(), "keywords are non-empty strings");
        }
        for (Map<String, Object> id : (List<Map<String, Object>>) cff.get("identifiers")) {
            assertTrue(Set.of("doi", "url", "swh", "other").contains(id.get("type")), id.toString());
            assertTrue(!"url".equals(id.get("type")) || ((String) id.get("value")).matches(URL), id.toString());
            id.keySet().forEach(k -> assertTrue(Set.of("type", "value", "description").contains(k), k));
        }
    }

    @Test
    void citationFileNamesTheVersionTheBuildMakes() throws Exception {
        assertEquals(ProjectVersion.current(), String.valueOf(cff().get("version")),
                "CITATION.cff's version differs from pom.xml's");
    }

    @Test
    void licenceFilesSayWhatTheyLicense() throws Exception {
        String code = Files.readString(Path.of("LICENSE"));
        assertTrue(code.contains("Apache License") && code.contains("Version 2.0, January 2004")
                && code.contains("END OF TERMS AND CONDITIONS"), "LICENSE is not the Apache-2.0 text");
        String data = Files.readString(Path.of("LICENSE-DATA.md"));
        assertTrue(data.contains("https://creativecommons.org/licenses/by/4.0/"), "LICENSE-DATA.md does not link CC BY 4.0");
        assertTrue(data.contains("src/test/resources/gold") && Files.isDirectory(Path.of("src/test/resources/gold")),
                "LICENSE-DATA.md must name the gold annotations it licenses");
    }
}
