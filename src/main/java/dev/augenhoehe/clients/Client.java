package dev.augenhoehe.clients;

import dev.augenhoehe.system.FieldConflict;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("client")
record Client(@Id Long id, Long workspaceId, String name, ClientKind kind, String contactPerson, String email,
        String phone, String notes, Instant archivedAt, Instant createdAt, Instant updatedAt,
        @Version Integer version) {

    static Client create(long workspaceId, ClientForm form) {
        Instant now = Instant.now();
        return new Client(null, workspaceId, Text.clean(form.name()), form.kind(), Text.clean(form.contactPerson()),
                Text.clean(form.email()), Text.clean(form.phone()), Text.clean(form.notes()), null, now, now, null);
    }

    Client update(ClientForm form) {
        return new Client(id, workspaceId, Text.clean(form.name()), form.kind(), Text.clean(form.contactPerson()),
                Text.clean(form.email()), Text.clean(form.phone()), Text.clean(form.notes()), archivedAt, createdAt,
                Instant.now(), version);
    }

    Client archived(boolean archive) {
        return new Client(id, workspaceId, name, kind, contactPerson, email, phone, notes,
                archive ? Instant.now() : null, createdAt, Instant.now(), version);
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** The fields where this stored client and a stale form differ. */
    List<FieldConflict> conflictsWith(ClientForm yours) {
        return FieldConflict.builder()
                .field("clients.name", name, yours.name())
                .field("clients.kind", kind, yours.kind())
                .field("clients.contactPerson", contactPerson, yours.contactPerson())
                .field("clients.email", email, yours.email())
                .field("clients.phone", phone, yours.phone())
                .field("clients.notes", notes, yours.notes())
                .build();
    }

    ClientForm toForm() {
        return new ClientForm(name, kind, contactPerson, email, phone, notes, version);
    }
}
