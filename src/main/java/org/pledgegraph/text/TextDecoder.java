package org.pledgegraph.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pledgegraph.model.InputException;

/**
 * Turns the bytes of a text file into a string. Reads UTF-8 (BOM stripped), UTF-16 with a BOM,
 * UTF-16 without a BOM and GB18030 (which includes GBK and GB2312); rejects empty, whitespace-only,
 * binary, PDF, Word/zip and damaged UTF-8 files with a one-line reason naming the file.
 *
 * <p>Without a BOM the encoding is guessed, in this order:
 * <ol>
 * <li>NUL bytes in an even-length file suggest UTF-16 (ASCII, digits and line ends have a zero
 *     high byte; UTF-8 and GB18030 text never holds NUL): UTF-16LE and UTF-16BE are tried and
 *     the more plausible (test below) wins; if neither passes, the file is binary.</li>
 * <li>Valid UTF-8 is UTF-8.</li>
 * <li>Mostly valid UTF-8 with a few bad sequences is a damaged or truncated UTF-8 file: refused with
 *     the line of the first bad byte rather than read as GB18030 mojibake.</li>
 * <li>Otherwise GB18030, UTF-16LE and UTF-16BE are each decoded strictly and the one whose text is
 *     most plausible wins: the share of characters that are among the 400 most frequent hanzi of
 *     government work reports (85 % of their hanzi), CJK punctuation, ASCII or whitespace. A
 *     correct decoding of a report scores about 0.9; a wrong one (e.g. UTF-16 read as GB18030)
 *     well under 0.6. Below {@value #MIN_PLAUSIBLE} for every candidate the file is refused.</li>
 * </ol>
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Below this share of plausible characters a guessed decoding is not text. */
    static final double MIN_PLAUSIBLE = 0.6;
    /** The 400 most frequent hanzi of the national government work reports 2016–2025. */
    private static final String COMMON_HANZI = "和业发展的国大化加进政新全实力推人中持保建强民制动要一生改经设会增体产高务工重作资地济行有革能年创"
            + "坚合区提基面等社平定稳支度主性施策不深成好理企用治开对善市在为入出以农完各服量续法长本多方费金快场公机现优就更上"
            + "城同共放育家促系融防我万规效安是结代造质府外科技域领点水构护教心战管决标调健升项收关部分障事学投险扩环向目活准下"
            + "自应村特利党导税亿统降消权落减贫群内医际态众文财监风军到义境积贸小取三时期协元困控过极率口步得供源个们央低范型信"
            + "总程位严做任与级办立通解难础商精老品运色乡营略继易转养流局居镇来格题康了明物问表近电求需式网今价依预住族交路引五"
            + "核批十数房台模员习兴类研措整职带助综益及复形确贯海补二试责果给把势排惠负举情疫彻广专攻两联间使别培互维挥处去接扶"
            + "界干字道术脱打线划励层比筹置值均前清神港断于债争让变观污可组世意所查疗受议四突着相充户染督从节备显团集配围食并再"
            + "正气常抓单超才之先款适必种贷审";

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code fileName} names the file in error messages. */
    public static String decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new InputException(fileName, "empty file");
        }
        rejectKnownBinary(bytes, fileName);
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, fileName);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, fileName);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, fileName);
        } else {
            text = guess(bytes, fileName);
        }
        rejectControlHeavy(text, fileName);
        if (text.isBlank()) {
            throw new InputException(fileName, "file holds only whitespace");
        }
        return text;
    }

    private static String guess(byte[] b, String fileName) {
        int nuls = countNuls(b);
        if (nuls > 0) {
            // Text in UTF-8 or GB18030 never holds NUL; UTF-16 does (the high byte of ASCII and line ends).
            Optional<String> utf16 = b.length % 2 == 0 ? mostPlausible(b, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                    : Optional.empty();
            return utf16.orElseThrow(() -> new InputException(fileName, "binary data (" + nuls + " NUL bytes), not plain text"));
        }
        Optional<String> utf8 = tryDecode(b, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Utf8Scan scan = Utf8Scan.of(b);
        if (scan.looksDamaged()) {
            throw new InputException(fileName, scan.line(b), -1, "damaged UTF-8 (invalid byte sequence at byte "
                    + scan.firstBad() + "); the file may be truncated or corrupted");
        }
        Optional<String> best = b.length % 2 == 0
                ? mostPlausible(b, GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                : mostPlausible(b, GB18030);
        return best.orElseThrow(() -> new InputException(fileName, "not text in UTF-8, UTF-16 or GB18030 (binary data?)"));
    }

    private static int countNuls(byte[] b) {
        int n = 0;
        for (byte x : b) {
            n += x == 0 ? 1 : 0;
        }
        return n;
    }

    /** The strict decoding that looks most like a Chinese report, if any looks enough like one. */
    private static Optional<String> mostPlausible(byte[] b, Charset... candidates) {
        String best = null;
        double bestScore = MIN_PLAUSIBLE;
        for (Charset cs : candidates) {
            Optional<String> text = tryDecode(b, cs);
            double score = text.map(TextDecoder::plausibility).orElse(-1.0);
            if (score >= bestScore) {
                bestScore = score;
                best = text.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Share of characters that a Chinese report plausibly holds; see the class comment. */
    static double plausibility(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                    || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E)
                    || c == '\u2014' || c == '\u2026' || (c >= 0x2018 && c <= 0x201D)
                    || COMMON_HANZI.indexOf(c) >= 0) {
                good++;
            }
        }
        return good / (double) text.length();
    }

    /**
     * Counts well-formed multi-byte UTF-8 sequences and bad bytes. Many good sequences and few bad
     * ones mean a UTF-8 file that was damaged; GB18030 text yields few good sequences by chance.
     */
    private record Utf8Scan(int good, int bad, int firstBad) {
        static Utf8Scan of(byte[] b) {
            int good = 0;
            int bad = 0;
            int firstBad = -1;
            int i = 0;
            while (i < b.length) {
                int x = b[i] & 0xFF;
                int n = x < 0x80 ? 0 : x >= 0xC2 && x <= 0xDF ? 1 : x >= 0xE0 && x <= 0xEF ? 2 : x >= 0xF0 && x <= 0xF4 ? 3 : -1;
                boolean ok = n >= 0 && i + n < b.length;
                for (int k = 1; ok && k <= n; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (ok) {
                    good += n > 0 ? 1 : 0;
                    i += n + 1;
                } else {
                    bad++;
                    firstBad = firstBad < 0 ? i : firstBad;
                    i++;
                }
            }
            return new Utf8Scan(good, bad, firstBad);
        }

        boolean looksDamaged() {
            return good >= 10 && bad * 20 <= good;
        }

        int line(byte[] b) {
            int line = 1;
            for (int i = 0; i < firstBad && i < b.length; i++) {
                if (b[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static void rejectKnownBinary(byte[] b, String fileName) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            throw new InputException(fileName, "looks like a PDF file, not plain text; convert it to text first");
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            throw new InputException(fileName, "looks like a zip archive (e.g. a Word .docx file), not plain text");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InputException(fileName, "looks like an OLE document (e.g. a Word .doc file), not plain text");
        }
    }

    private static void rejectControlHeavy(String text, String fileName) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        if (control > 0 && control * 20 > text.length()) {
            throw new InputException(fileName, "binary data (" + control + " control characters), not plain text");
        }
    }

    private static String strict(byte[] b, int offset, Charset cs, String fileName) {
        try {
            return decodeReporting(b, offset, cs);
        } catch (CharacterCodingException e) {
            throw new InputException(fileName, "not valid " + cs.name() + " text although it starts with a "
                    + cs.name() + " byte-order mark");
        }
    }

    private static Optional<String> tryDecode(byte[] b, Charset cs) {
        try {
            return Optional.of(decodeReporting(b, 0, cs));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String decodeReporting(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                .toString();
    }

    /** True if {@code b} begins with the bytes {@code prefix} (a byte-order mark or a file's magic number). */
    public static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
