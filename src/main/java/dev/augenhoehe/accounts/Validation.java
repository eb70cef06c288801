package dev.augenhoehe.accounts;

import org.springframework.validation.BindingResult;

/** Checks that need more than one field, shared by setup, team and profile forms. */
final class Validation {

    private Validation() {
    }

    static void password(String password, String confirmation, String email, String field, String confirmField,
            BindingResult result) {
        // a value that could not even be converted leaves no form object to check; its own error is already there
        if (result.getTarget() == null || result.hasFieldErrors(field)) {
            return;
        }
        PasswordPolicy.problem(password, email).ifPresent(key -> result.rejectValue(field, key));
        if (confirmation != null && !result.hasFieldErrors(confirmField) && !confirmation.equals(password)) {
            result.rejectValue(confirmField, "accounts.password.mismatch");
        }
    }
}
