package dev.augenhoehe.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record EngagementForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull EngagementStatus status,
        @Size(max = 2000) String description,
        @Size(max = 10000) String history,
        // the engagement's version the form was opened on: a save based on an older one is caught, not written
        Integer version) {

    static EngagementForm empty() {
        return new EngagementForm("", EngagementStatus.LEAD, "", "", null);
    }

    EngagementForm withVersion(Integer newVersion) {
        return new EngagementForm(title, status, description, history, newVersion);
    }
}
