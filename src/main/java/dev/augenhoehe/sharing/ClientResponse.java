package dev.augenhoehe.sharing;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something the client said through a link. Every text in here comes from an anonymous visitor: it is shown escaped
 * and never trusted. A choice can change until the consultant confirms it.
 */
@Table("client_response")
record ClientResponse(@Id Long id, Long workspaceId, Long engagementId, Long shareId, int shareVersion, Kind kind,
        Long briefId, Integer briefVersion, Long questionId, Integer optionIndex, String optionName, String text,
        Integer rating, String contentHash, Long clientQuestionId, Long consultantId, Instant createdAt,
        Instant updatedAt, Instant readAt, Long confirmedBy, Instant confirmedAt, @Version Integer version) {

    static final int MAX_TEXT = 4000;

    enum Kind {
        CHOICE, MORE_INFO, QUESTION, FEEDBACK
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    ClientResponse changed(int newShareVersion, Integer newBriefVersion, Integer newOption, String newOptionName,
            String newText, Integer newRating, String newHash, Instant now) {
        return new ClientResponse(id, workspaceId, engagementId, shareId, newShareVersion, kind, briefId,
                newBriefVersion, questionId, newOption, newOptionName, newText, newRating, newHash, clientQuestionId,
                consultantId, createdAt, now, null, confirmedBy, confirmedAt, version);
    }

    ClientResponse read(Instant now) {
        return new ClientResponse(id, workspaceId, engagementId, shareId, shareVersion, kind, briefId, briefVersion,
                questionId, optionIndex, optionName, text, rating, contentHash, clientQuestionId, consultantId,
                createdAt, updatedAt, readAt == null ? now : readAt, confirmedBy, confirmedAt, version);
    }

    ClientResponse confirmed(long by, Instant now) {
        return new ClientResponse(id, workspaceId, engagementId, shareId, shareVersion, kind, briefId, briefVersion,
                questionId, optionIndex, optionName, text, rating, contentHash, clientQuestionId, consultantId,
                createdAt, updatedAt, readAt == null ? now : readAt, by, now, version);
    }
}
