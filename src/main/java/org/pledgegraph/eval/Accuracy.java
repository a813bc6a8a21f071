package org.pledgegraph.eval;

/** Agreement on one attribute over matched pairs. */
public record Accuracy(int correct, int total) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("bad counts " + correct + "/" + total);
        }
    }

    /** Accuracy, or NaN when there is no pair. */
    public double value() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    public Accuracy plus(Accuracy o) {
        return new Accuracy(correct + o.correct, total + o.total);
    }

    /** Adds one pair. */
    Accuracy count(boolean agrees) {
        return new Accuracy(correct + (agrees ? 1 : 0), total + 1);
    }

    @Override
    public String toString() {
        return correct + "/" + total;
    }
}
