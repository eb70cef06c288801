package dev.augenhoehe.clients;

import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchKind;
import dev.augenhoehe.operations.ClientErasureStep;
import dev.augenhoehe.operations.ErasedClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased client keeps its row and its engagements' rows, without names, contacts and notes: the decision log
 * hangs on them. Both are archived, so they leave the lists and the dashboard; the client leaves the search.
 */
@Component
class ClientsErasure implements ClientErasureStep {

    private final JdbcClient jdbc;
    private final KnowledgeSearch search;

    ClientsErasure(JdbcClient jdbc, KnowledgeSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    @Override
    public Set<String> keeps() {
        return Set.of("client", "engagement");
    }

    @Override
    public void erase(ErasedClient client) {
        OffsetDateTime now = OffsetDateTime.ofInstant(client.erasedAt(), ZoneOffset.UTC);
        jdbc.sql("update client set name = :name, contact_person = null, email = null, phone = null, notes = null, "
                        + "archived_at = coalesce(archived_at, :now), updated_at = :now, version = version + 1 "
                        + "where id = :id and workspace_id = :ws")
                .param("name", client.placeholder()).param("now", now).param("id", client.clientId())
                .param("ws", client.workspaceId()).update();
        for (long engagement : client.ids("engagement")) {
            String title = jdbc.sql("select title from engagement where id = :id").param("id", engagement)
                    .query(String.class).single();
            String scrubbed = client.scrub(title).strip();
            jdbc.sql("update engagement set title = :title, description = null, history = null, "
                            + "archived_at = coalesce(archived_at, :now), updated_at = :now, version = version + 1 "
                            + "where id = :id and workspace_id = :ws")
                    .param("title", scrubbed.isEmpty() ? ErasedClient.REMOVED : scrubbed).param("now", now)
                    .param("id", engagement).param("ws", client.workspaceId()).update();
        }
        search.remove(client.workspaceId(), SearchKind.CLIENT, String.valueOf(client.clientId()));
    }
}
