package dev.augenhoehe.operations;

import java.util.Set;

/**
 * A module's part in erasing a client (GDPR Art. 17). The erasure finds every row about the client from the schema,
 * as the export does, and deletes them; a module that must keep some of them (the decision log's skeleton, the
 * client row it hangs on) names those tables and removes the personal data from them here. A module that keeps
 * something derived outside its tables (search documents) drops it here too. Runs inside the erasure's
 * transaction, before the rows are deleted: either all of it happens or none.
 */
public interface ClientErasureStep {

    /** Tables whose rows about the client this module keeps, anonymised by {@link #erase}, instead of deleting them. */
    default Set<String> keeps() {
        return Set.of();
    }

    /** Removes the client's personal data from what this module keeps, and what it derived from the rest. */
    void erase(ErasedClient client);
}
