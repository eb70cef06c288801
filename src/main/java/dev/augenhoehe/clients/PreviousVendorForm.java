package dev.augenhoehe.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A previous vendor as the form sends it; {@code version} is the stored one the form was opened on. */
record PreviousVendorForm(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String whatTheyDid,
        @Size(max = 2000) String whyItEnded, Integer version) {

    static PreviousVendorForm empty() {
        return new PreviousVendorForm("", "", "", null);
    }

    PreviousVendorForm withVersion(Integer newVersion) {
        return new PreviousVendorForm(name, whatTheyDid, whyItEnded, newVersion);
    }
}
