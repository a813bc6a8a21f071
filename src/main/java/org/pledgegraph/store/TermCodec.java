package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * RDF terms as short strings without tabs or line breaks, for the tables that the statistics graph keeps as one
 * literal ({@link ReappearTable}): a named query reads the terms back and must print exactly what SPARQL printed,
 * so each keeps its kind, datatype and language. IRIs under the store's base are written relative to it
 * ({@code ~…}). Forms: {@code <iri}, {@code "lexical} (xsd:string), {@code @lang"lexical},
 * {@code ^datatype"lexical}, {@code _label} (a blank node); in a lexical form {@code \}, tab, line feed, carriage
 * return and {@link #SEPARATOR} are escaped.
 */
final class TermCodec {
    /** Separates the terms of a multi-valued field. */
    static final char SEPARATOR = '\u001f';

    private final String base;

    TermCodec(String base) {
        this.base = base;
    }

    String encode(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            return iri.startsWith(base) ? "<~" + escape(iri.substring(base.length())) : "<" + escape(iri);
        }
        if (n.isBlank()) {
            return "_" + escape(n.getBlankNodeLabel());
        }
        if (!n.isLiteral()) {
            throw new IllegalArgumentException("not a term: " + n);
        }
        String lex = escape(n.getLiteralLexicalForm());
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return "@" + lang + '"' + lex;
        }
        String dt = n.getLiteralDatatypeURI();
        return dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) ? '"' + lex : "^" + escape(dt) + '"' + lex;
    }

    /** The terms of {@code nodes}, joined by {@link #SEPARATOR}. */
    String encodeAll(Iterable<Node> nodes) {
        StringBuilder b = new StringBuilder();
        for (Node n : nodes) {
            if (!b.isEmpty()) {
                b.append(SEPARATOR);
            }
            b.append(encode(n));
        }
        return b.toString();
    }

    Node decode(String s) {
        switch (s.charAt(0)) {
            case '<':
                return NodeFactory.createURI(s.startsWith("<~") ? base + unescape(s.substring(2)) : unescape(s.substring(1)));
            case '_':
                return NodeFactory.createBlankNode(unescape(s.substring(1)));
            case '"':
                return NodeFactory.createLiteralString(unescape(s.substring(1)));
            case '@': {
                int q = s.indexOf('"');
                return NodeFactory.createLiteralLang(unescape(s.substring(q + 1)), s.substring(1, q));
            }
            case '^': {
                int q = s.indexOf('"'); // a datatype IRI has no '"'
                String dt = unescape(s.substring(1, q));
                return NodeFactory.createLiteralDT(unescape(s.substring(q + 1)), TypeMapper.getInstance().getSafeTypeByName(dt));
            }
            default:
                throw new IllegalArgumentException("not an encoded term: " + s);
        }
    }

    /** The lexical form of an encoded xsd:string or language-tagged literal; null for any other term. */
    static String stringLexical(String encoded) {
        char kind = encoded.charAt(0);
        return kind == '"' ? unescape(encoded.substring(1))
                : kind == '@' ? unescape(encoded.substring(encoded.indexOf('"') + 1)) : null;
    }

    /** The encoded terms of a field written by {@link #encodeAll} (still encoded; empty for an empty field). */
    static List<String> split(String field) {
        List<String> out = new ArrayList<>(2);
        split(field, 0, field.length(), out);
        return out;
    }

    /**
     * Adds to {@code out} the terms of the field {@code text[from, to)}, as {@link #split(String)}: for a field cut
     * out of a longer table literal without copying it first (the scan stops at {@code to}).
     */
    static void split(String text, int from, int to, List<String> out) {
        while (from < to) {
            int end = from;
            while (end < to && text.charAt(end) != SEPARATOR) {
                end++;
            }
            out.add(text.substring(from, end));
            from = end + 1;
        }
    }

    private static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case SEPARATOR -> "\\s";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            b.append(switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 's' -> SEPARATOR;
                default -> e;
            });
        }
        return b.toString();
    }
}
