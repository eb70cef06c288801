package dev.augenhoehe.clients;

import dev.augenhoehe.system.FieldConflict;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who worked on the engagement before: what they did and why it ended, so the same mistakes are avoided. */
@Table("previous_vendor")
record PreviousVendor(@Id Long id, Long workspaceId, Long engagementId, String name, String whatTheyDid,
        String whyItEnded, Instant createdAt, @Version Integer version) {

    static PreviousVendor create(long workspaceId, long engagementId, PreviousVendorForm form) {
        return new PreviousVendor(null, workspaceId, engagementId, Text.clean(form.name()),
                Text.clean(form.whatTheyDid()), Text.clean(form.whyItEnded()), Instant.now(), null);
    }

    PreviousVendor update(PreviousVendorForm form) {
        return new PreviousVendor(id, workspaceId, engagementId, Text.clean(form.name()),
                Text.clean(form.whatTheyDid()), Text.clean(form.whyItEnded()), createdAt, version);
    }

    List<FieldConflict> conflictsWith(PreviousVendorForm yours) {
        return FieldConflict.builder()
                .field("vendors.name", name, yours.name())
                .field("vendors.whatTheyDid", whatTheyDid, yours.whatTheyDid())
                .field("vendors.whyItEnded", whyItEnded, yours.whyItEnded())
                .build();
    }

    PreviousVendorForm toForm() {
        return new PreviousVendorForm(name, whatTheyDid, whyItEnded, version);
    }
}
