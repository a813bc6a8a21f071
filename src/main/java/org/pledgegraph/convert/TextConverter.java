package org.pledgegraph.convert;

import org.pledgegraph.text.TextDecoder;

/**
 * Plain text: the decoded file, so offsets count characters of the file (as before conversion existed). Control
 * characters other than tab and line breaks (a form feed between PDF pages, say) become spaces, char for char:
 * the stored text must be writable as XML 1.0 (RDF/XML export), and offsets stay those of the file.
 */
final class TextConverter implements Converter {
    private final String version;

    TextConverter(String pledgegraphVersion) {
        this.version = "1 (pledgegraph " + pledgegraphVersion + " TextDecoder)";
    }

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String toText(byte[] bytes, String fileName) {
        String text = TextDecoder.decode(bytes, fileName);
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
            if (bad && b == null) {
                b = new StringBuilder(text);
            }
            if (bad) {
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? text : b.toString();
    }
}
