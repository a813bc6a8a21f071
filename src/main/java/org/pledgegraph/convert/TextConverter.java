package org.pledgegraph.convert;

import org.pledgegraph.text.TextDecoder;

/** Plain text: the decoded file as it is, so offsets count characters of the file (as before conversion existed). */
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
        return TextDecoder.decode(bytes, fileName);
    }
}
