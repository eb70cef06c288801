package dev.augenhoehe.briefs;

/** Someone else saved the brief after the consultant opened it; publishing what they looked at would be wrong. */
class BriefConflictException extends RuntimeException {

    BriefConflictException() {
        super("brief changed meanwhile", null, false, false);
    }
}
