package org.pledgegraph.extract;

import org.pledgegraph.model.Stage;

/**
 * The stage {@link Cues} reads for a mention and the rule that decided it ("end-state", "planned-after",
 * "nearest", "no-cue"…): the rule is a feature of the learned stage decision, which learns where to trust it.
 */
record StageReading(Stage stage, String rule) {
}
