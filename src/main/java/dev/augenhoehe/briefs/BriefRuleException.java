package dev.augenhoehe.briefs;

import java.util.List;

/** A brief breaks a publishing rule; the problems say which, each with a plain message key. */
class BriefRuleException extends RuntimeException {

    private final transient List<PublishProblem> problems;

    BriefRuleException(List<PublishProblem> problems) {
        super(problems.toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<PublishProblem> problems() {
        return problems;
    }
}
