package dev.augenhoehe.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ClientForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull ClientKind kind,
        @Size(max = 120) String contactPerson,
        @Email @Size(max = 254) String email,
        // digits, spaces and the usual separators; enough to catch a pasted sentence, not a phone-number parser
        @Size(max = 40) @Pattern(regexp = "^$|^[+0-9 ()/.\\-]{3,40}$") String phone,
        @Size(max = 5000) String notes,
        // the client's version the form was opened on: a save based on an older one is caught, not written
        Integer version) {

    static ClientForm empty() {
        return new ClientForm("", ClientKind.ORGANISATION, "", "", "", "", null);
    }

    ClientForm withVersion(Integer newVersion) {
        return new ClientForm(name, kind, contactPerson, email, phone, notes, newVersion);
    }
}
