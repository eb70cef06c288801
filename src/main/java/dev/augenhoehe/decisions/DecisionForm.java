package dev.augenhoehe.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The form for recording or changing a decision. Lists are typed one item per line; tags are separated by commas.
 *
 * @param version the version the form was opened on (edit), for optimistic locking
 * @param source  for a decision taken before the consultant joined: where it is known from
 */
record DecisionForm(String version, @NotBlank @Size(max = 200) String title, String status,
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{decisions.form.dateInvalid}") String date,
        @Size(max = 400) String decisionMakers, @Size(max = 400) String consulted, @Size(max = 400) String informed,
        @Size(max = 10_000) String context, @Size(max = 5000) String drivers, List<OptionForm> options,
        @Size(max = 200) String chosen, @Size(max = 10_000) String reasons, @Size(max = 5000) String good,
        @Size(max = 5000) String bad, @Size(max = 10_000) String confirmation,
        @Size(max = 10_000) String moreInformation, @Size(max = 500) String tags, @Size(max = 3000) String revisitIf,
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{decisions.form.dateInvalid}") String revisitOn,
        @Size(max = 400) String source) {

    static final int BLANK_OPTIONS = 2;

    record OptionForm(@Size(max = 200) String name, @Size(max = 5000) String description,
            @Size(max = 5000) String good, @Size(max = 5000) String neutral, @Size(max = 5000) String bad) {

        static OptionForm of(ConsideredOption o) {
            return new OptionForm(o.name(), o.description(), String.join("\n", o.good()),
                    String.join("\n", o.neutral()), String.join("\n", o.bad()));
        }

        ConsideredOption option() {
            return new ConsideredOption(name, description, Clean.splitItems(good), Clean.splitItems(neutral),
                    Clean.splitItems(bad));
        }
    }

    DecisionForm {
        version = version == null || version.length() > 12 ? null : version.strip();
        date = date == null ? "" : date.strip();
        revisitOn = revisitOn == null ? "" : revisitOn.strip();
        List<OptionForm> kept = new ArrayList<>();
        if (options != null) {
            // a crafted request may leave holes (options[7] without 0..6) or send too many
            options.stream().filter(java.util.Objects::nonNull).filter(o -> o.name() != null && !o.name().isBlank())
                    .limit(DecisionFields.MAX_OPTIONS).forEach(kept::add);
        }
        // room for new options every time the form is shown; empty ones are dropped when saving
        options = blanks(kept);
    }

    static DecisionForm empty(LocalDate today) {
        return new DecisionForm(null, "", DecisionStatus.ACCEPTED.name(), today.toString(), "", "", "", "", "",
                List.of(), "", "", "", "", "", "", "", "", "", "");
    }

    static DecisionForm of(DecisionView d) {
        DecisionFields f = d.fields();
        return new DecisionForm(String.valueOf(d.version()), f.title(), f.status().name(),
                f.date() == null ? "" : f.date().toString(), f.decisionMakers(), f.consulted(), f.informed(),
                f.context(), String.join("\n", f.drivers()), f.options().stream().map(OptionForm::of).toList(),
                f.chosen(), f.reasons(), String.join("\n", f.good()), String.join("\n", f.bad()), f.confirmation(),
                f.moreInformation(), String.join(", ", f.tags()), f.revisitIf(),
                f.revisitOn() == null ? "" : f.revisitOn().toString(), f.source());
    }

    private static List<OptionForm> blanks(List<OptionForm> options) {
        List<OptionForm> out = new ArrayList<>(options);
        for (int i = 0; i < BLANK_OPTIONS && out.size() < DecisionFields.MAX_OPTIONS; i++) {
            out.add(new OptionForm("", "", "", "", ""));
        }
        return out;
    }

    Integer seenVersion() {
        try {
            return version == null ? null : Integer.valueOf(version);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    DecisionFields fields() {
        DecisionStatus parsed;
        try {
            parsed = status == null ? DecisionStatus.PROPOSED : DecisionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            parsed = DecisionStatus.PROPOSED;
        }
        return new DecisionFields(title, parsed, date(date), decisionMakers, consulted, informed, context,
                Clean.splitItems(drivers), options.stream().map(OptionForm::option).toList(), chosen, reasons,
                Clean.splitItems(good), Clean.splitItems(bad), confirmation, moreInformation,
                tags == null ? List.of() : Arrays.asList(tags.split(",")), revisitIf, date(revisitOn), source);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
