package org.pledgegraph.convert;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pledgegraph.model.InputException;
import org.pledgegraph.text.TextDecoder;

/**
 * Web pages: the report's main text without the page chrome around it. The charset is the page's own
 * ({@code <meta charset>}), else guessed like a text file (UTF-8, UTF-16, GB18030). {@link MainText} finds
 * the text block and drops navigation, related-link lists, share and print bars and footers.
 */
final class HtmlConverter implements Converter {
    /** Fewer visible characters than this in the main text: the page holds no report (a frame, a script page). */
    static final int MIN_BODY = 50;
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");

    private final String version;

    HtmlConverter(String jsoupVersion) {
        this.version = "1 (jsoup " + jsoupVersion + ")";
    }

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String toText(byte[] bytes, String fileName) {
        Document page = Jsoup.parse(decode(bytes, fileName));
        String text = MainText.of(page);
        int visible = Lines.visible(text);
        if (visible < MIN_BODY) {
            throw new InputException(fileName, "web page with no body text (" + visible
                    + " characters outside navigation and page chrome); save the report's own page");
        }
        return text;
    }

    private static String decode(byte[] bytes, String fileName) {
        Optional<Charset> declared = declaredCharset(bytes);
        if (declared.isPresent()) {
            try {
                return declared.get().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // The declaration is wrong (common on re-saved pages): guess as for a text file.
            }
        }
        return TextDecoder.decode(bytes, fileName);
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
            name = "GB18030"; // pages labelled GB2312 routinely hold GBK characters; GB18030 reads both
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** For tests: the main text of a page given as a string. */
    static String mainText(String html) {
        Element body = Jsoup.parse(html);
        return MainText.of((Document) body);
    }
}
