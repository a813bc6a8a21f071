package org.pledgegraph.extract;

import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/** A stage cue and the stage it names in a plan and in a report (null: the word names no stage). */
record StageCue(String word, Stage inPlan, Stage inReport) {

    static StageCue of(String word, Stage both) {
        return new StageCue(word, both, both);
    }

    static StageCue of(String word, Stage inPlan, Stage inReport) {
        return new StageCue(word, inPlan, inReport);
    }

    /** The stage this cue names in a clause of the given time scope. */
    Stage in(TimeScope scope) {
        return scope == TimeScope.RETROSPECTIVE ? inReport : inPlan;
    }
}
