package dev.augenhoehe.sharing;

import dev.augenhoehe.language.Language;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * What the consultant composes. {@code briefs} holds "briefId:version" of the chosen published versions;
 * {@code expiryDays} empty means the workspace default, 0 never; {@code pin} empty means none (or keep).
 */
record ShareForm(String title, Language language, String recap, String message, List<String> briefs,
        Integer expiryDays, String pin, String changes) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_MESSAGE = 4_000;
    static final int MAX_BRIEFS = 10;

    ShareForm {
        title = title == null ? "" : title.strip();
        language = language == null ? Language.DE : language;
        recap = recap == null ? "" : recap.strip();
        message = message == null ? "" : message.strip();
        briefs = briefs == null ? List.of() : briefs.stream().filter(b -> b != null && !b.isBlank()).distinct()
                .toList();
        pin = pin == null ? "" : pin.strip();
        changes = changes == null ? "" : changes.strip();
    }

    /** Checks by hand so each problem gets its own plain message. */
    void validate(Errors errors) {
        if (title.isEmpty()) {
            errors.rejectValue("title", "sharing.form.titleMissing");
        } else if (title.length() > MAX_TITLE) {
            errors.rejectValue("title", "sharing.form.tooLong");
        }
        if (recap.length() > MAX_TEXT) {
            errors.rejectValue("recap", "sharing.form.tooLong");
        }
        if (message.length() > MAX_MESSAGE) {
            errors.rejectValue("message", "sharing.form.tooLong");
        }
        if (changes.length() > MAX_MESSAGE) {
            errors.rejectValue("changes", "sharing.form.tooLong");
        }
        if (recap.isEmpty() && briefs.isEmpty()) {
            errors.rejectValue("briefs", "sharing.form.nothingToShare");
        }
        if (briefs.size() > MAX_BRIEFS) {
            errors.rejectValue("briefs", "sharing.form.tooManyBriefs");
        }
        if (expiryDays != null && (expiryDays < 0 || expiryDays > 365)) {
            errors.rejectValue("expiryDays", "sharing.form.expiryRange");
        }
        if (!pin.isEmpty() && !validPin(pin)) {
            errors.rejectValue("pin", "sharing.form.pinRule");
        }
    }

    static boolean validPin(String pin) {
        return pin != null && pin.length() >= 6 && pin.length() <= 12 && pin.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The chosen versions; malformed entries are dropped (the service checks the rest). */
    List<ShareVersion.BriefRef> briefRefs() {
        return briefs.stream().map(b -> b.split(":")).filter(p -> p.length == 2)
                .map(p -> {
                    try {
                        return new ShareVersion.BriefRef(Long.parseLong(p[0]), Integer.parseInt(p[1]), 0);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).toList();
    }
}
