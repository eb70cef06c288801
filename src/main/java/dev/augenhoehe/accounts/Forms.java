package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The validated records the account pages bind to. Password strength is checked by {@link PasswordPolicy}. */
final class Forms {

    private Forms() {
    }

    record SetupForm(
            @NotBlank @Size(max = 120) String workspaceName,
            @NotNull Language language,
            @NotBlank @Size(max = 120) String ownerName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String passwordConfirm) {

        static SetupForm empty(Language language) {
            return new SetupForm("", language, "", "", "", "");
        }
    }

    record MemberForm(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull Language language,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {

        static MemberForm empty(Language language) {
            return new MemberForm("", "", language, "");
        }
    }

    record ProfileForm(@NotBlank @Size(max = 120) String name, @NotNull Language language) {
    }

    record PasswordForm(
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String confirmPassword) {

        static PasswordForm empty() {
            return new PasswordForm("", "", "");
        }
    }

    record WorkspaceForm(@NotBlank @Size(max = 120) String name, @NotNull Language language) {
    }
}
