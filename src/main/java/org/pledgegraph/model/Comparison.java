package org.pledgegraph.model;

/** How a stated number relates to the quantity (左右 → approximately, 以上 → at least, …). */
public enum Comparison {
    AT_LEAST("AtLeast"),
    AT_MOST("AtMost"),
    APPROXIMATELY("Approximately"),
    EXACTLY("Exactly"),
    EXCEEDS("Exceeds");

    private final String localName;

    Comparison(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
