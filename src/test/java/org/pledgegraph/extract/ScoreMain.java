package org.pledgegraph.extract;

/** Dev tool: prints GoldScoreTest's per-set and per-government aggregate scores without the JUnit run. */
public final class ScoreMain {
    private ScoreMain() {
    }

    public static void main(String[] args) throws Exception {
        GoldScoreTest.score();
    }
}
