package org.pledgegraph.text;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into sentences at 。！？；(and ASCII twins) and at paragraph breaks. */
public final class SentenceSplitter {
    private static final String TERMINALS = "。！？；!?;";
    private static final String CLOSERS = "”’\"）)】」』";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(NormalizedText normalized) {
        return split(normalized.text());
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean atEnd = i == text.length();
            char c = atEnd ? '\n' : text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, paragraph, true);
                paragraph++;
                start = i + 1;
            } else if (TERMINALS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(out, text, start, end, paragraph, false);
                start = end;
                i = end - 1;
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<Sentence> out, String text, int begin, int end, int paragraph, boolean lineEnd) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin == end) {
            return;
        }
        boolean wholeLine = lineEnd && (begin == 0 || text.charAt(begin - 1) == '\n'
                || Character.isWhitespace(text.charAt(begin - 1)) && isLineStart(text, begin));
        out.add(new Sentence(begin, end, text.substring(begin, end), paragraph, wholeLine));
    }

    private static boolean isLineStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }
}
