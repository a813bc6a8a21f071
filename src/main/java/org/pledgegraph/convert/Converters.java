package org.pledgegraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Detects a file's format and converts it with the converter for that format.
 * <pre>
 *   Conversion c = Converters.standard().convert(Files.readAllBytes(file), file.toString());
 * </pre>
 */
public final class Converters {
    private final Map<Format, Converter> byFormat = new EnumMap<>(Format.class);

    private Converters(List<Converter> converters) {
        for (Converter c : converters) {
            byFormat.put(c.format(), c);
        }
    }

    /** Plain text, web pages, PDF, .docx and .doc. */
    public static Converters standard() {
        Properties v = versions();
        return new Converters(List.of(
                new TextConverter(v.getProperty("pledgegraph", "")),
                new HtmlConverter(v.getProperty("jsoup", "")),
                new PdfConverter(v.getProperty("pdfbox", "")),
                new DocxConverter(v.getProperty("poi", "")),
                new DocConverter(v.getProperty("poi", ""))));
    }

    /** Converts {@code bytes}; {@code path} names the file in refusals, its last segment is recorded. */
    public Conversion convert(byte[] bytes, String path) {
        Format f = FormatDetector.detect(bytes, path);
        Converter c = byFormat.get(f);
        String text = c.toText(bytes, path);
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return Conversion.of(text, new SourceFile(name, f.mediaType(), Fingerprint.sha256(bytes), bytes.length,
                c.name(), c.version()));
    }

    public Converter converter(Format f) {
        return byFormat.get(f);
    }

    private static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = Converters.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
