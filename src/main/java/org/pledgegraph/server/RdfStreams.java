package org.pledgegraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.rdf.PG;

/**
 * RDF/XML and JSON-LD (expanded form) written triple by triple, for a vocabulary too large to hold as a graph
 * per request: the places scheme (310,000 triples) takes Jena's graph writers 9 s (RDF/XML) and 37 s (JSON-LD)
 * after a 4 s parse into 64 MB; streamed from the parser it takes about the parse alone, in constant memory.
 * Triples are grouped by subject while the subject repeats (as in the generated Turtle, one place a line).
 */
final class RdfStreams {
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private RdfStreams() {
    }

    /** RDF/XML, one {@code rdf:Description} per run of a subject; namespaces the parser announced go on the root. */
    static StreamRDF rdfXml(Writer out) {
        return new Grouping(out) {
            private final Map<String, String> namespaces = new LinkedHashMap<>();
            private boolean opened;

            @Override
            public void prefix(String prefix, String iri) {
                if (!opened && NCNAME.matcher(prefix).matches() && !prefix.equals("rdf") && !prefix.startsWith("xml")) {
                    namespaces.putIfAbsent(iri, prefix);
                }
            }

            private void open() {
                if (opened) {
                    return;
                }
                opened = true;
                write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF xmlns:rdf=\"" + RDF + "\"");
                namespaces.forEach((iri, p) -> write("\n    xmlns:" + p + "=\"" + xml(iri) + "\""));
                write(">\n");
            }

            @Override
            void subject(Node s, Map<Node, List<Node>> properties) {
                open();
                write("  <rdf:Description " + (s.isBlank() ? "rdf:nodeID=\"" + blank(s) + "\"" : "rdf:about=\"" + xml(s.getURI()) + "\"")
                        + ">\n");
                properties.forEach((p, objects) -> {
                    String iri = p.getURI();
                    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
                    String ns = iri.substring(0, cut);
                    String local = iri.substring(cut);
                    if (!NCNAME.matcher(local).matches()) {
                        throw new IllegalArgumentException("RDF/XML cannot write the property " + iri);
                    }
                    String prefix = ns.equals(RDF) ? "rdf" : namespaces.get(ns);
                    String element = prefix != null ? prefix + ":" + local : "ns0:" + local;
                    String declare = prefix != null ? "" : " xmlns:ns0=\"" + xml(ns) + "\"";
                    for (Node o : objects) {
                        write("    <" + element + declare);
                        if (o.isURI()) {
                            write(" rdf:resource=\"" + xml(o.getURI()) + "\"/>\n");
                        } else if (o.isBlank()) {
                            write(" rdf:nodeID=\"" + blank(o) + "\"/>\n");
                        } else {
                            String lang = o.getLiteralLanguage();
                            if (!lang.isEmpty()) {
                                write(" xml:lang=\"" + xml(lang) + "\"");
                            } else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                                write(" rdf:datatype=\"" + xml(o.getLiteralDatatypeURI()) + "\"");
                            }
                            write(">" + xml(o.getLiteralLexicalForm()) + "</" + element + ">\n");
                        }
                    }
                });
                write("  </rdf:Description>\n");
            }

            @Override
            void end() {
                open();
                write("</rdf:RDF>\n");
            }
        };
    }

    /** JSON-LD in expanded form: an array of node objects, types as {@code @type}, literals with language or datatype. */
    static StreamRDF jsonLd(Writer out) {
        return new Grouping(out) {
            private boolean first = true;

            @Override
            void subject(Node s, Map<Node, List<Node>> properties) {
                write(first ? "[\n" : ",\n");
                first = false;
                write("{\"@id\":" + json(s.isBlank() ? "_:" + blank(s) : s.getURI()));
                properties.forEach((p, objects) -> {
                    boolean types = p.equals(PG.rdfType) && objects.stream().allMatch(Node::isURI);
                    write("," + json(types ? "@type" : p.getURI()) + ":[");
                    for (int i = 0; i < objects.size(); i++) {
                        Node o = objects.get(i);
                        write(i == 0 ? "" : ",");
                        if (types) {
                            write(json(o.getURI()));
                        } else if (o.isURI() || o.isBlank()) {
                            write("{\"@id\":" + json(o.isBlank() ? "_:" + blank(o) : o.getURI()) + "}");
                        } else {
                            write("{\"@value\":" + json(o.getLiteralLexicalForm()));
                            if (!o.getLiteralLanguage().isEmpty()) {
                                write(",\"@language\":" + json(o.getLiteralLanguage()));
                            } else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                                write(",\"@type\":" + json(o.getLiteralDatatypeURI()));
                            }
                            write("}");
                        }
                    }
                    write("]");
                });
                write("}");
            }

            @Override
            void end() {
                write(first ? "[]\n" : "\n]\n");
            }
        };
    }

    /** Collects the triples of one subject (while it repeats) and hands them over together. */
    private abstract static class Grouping implements StreamRDF {
        private final Writer out;
        private Node subject;
        private final Map<Node, List<Node>> properties = new LinkedHashMap<>();

        Grouping(Writer out) {
            this.out = out;
        }

        abstract void subject(Node s, Map<Node, List<Node>> properties);

        abstract void end();

        @Override
        public void start() {
        }

        @Override
        public void triple(Triple t) {
            if (subject != null && !subject.equals(t.getSubject())) {
                flush();
            }
            subject = t.getSubject();
            properties.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }

        private void flush() {
            if (subject != null) {
                subject(subject, properties);
                properties.clear();
                subject = null;
            }
        }

        @Override
        public void quad(Quad q) {
            triple(q.asTriple());
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void finish() {
            flush();
            end();
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(String s) {
            try {
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String blank(Node b) {
        return "b" + b.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "");
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        Json.string(b, s); // one JSON string escaper for the server
        return b.toString();
    }
}
