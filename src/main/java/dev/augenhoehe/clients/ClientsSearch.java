package dev.augenhoehe.clients;

import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.knowledge.SearchDocument;
import dev.augenhoehe.knowledge.SearchKind;
import dev.augenhoehe.language.Language;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Puts a client into the one search: name, contact person and notes, so a consultant finds them by any of it. */
@Component
class ClientsSearch {

    private final KnowledgeSearch search;

    ClientsSearch(KnowledgeSearch search) {
        this.search = search;
    }

    void index(Client client) {
        String body = Stream.of(client.contactPerson(), client.notes()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        search.index(client.workspaceId(), SearchKind.CLIENT, new SearchDocument(String.valueOf(client.id()),
                Language.detect(body.isEmpty() ? client.name() : body), client.name(), body,
                "/clients/" + client.id()));
    }
}
