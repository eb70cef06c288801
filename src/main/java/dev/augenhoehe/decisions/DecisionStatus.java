package dev.augenhoehe.decisions;

import java.util.Locale;

/** The MADR 4 statuses. "superseded by …" is {@link #SUPERSEDED} plus a link to the decision that replaced it. */
enum DecisionStatus {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED;

    /** As MADR writes it: "accepted". */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for a MADR or adr-tools status text ("Accepted", "superseded by ADR-0002"), or null. */
    static DecisionStatus parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DecisionStatus status : values()) {
            if (t.startsWith(status.id())) {
                return status;
            }
        }
        return null;
    }

    /** A decision that is or was in force; the client's page tells these. */
    boolean wasTaken() {
        return this == ACCEPTED || this == SUPERSEDED || this == DEPRECATED;
    }
}
