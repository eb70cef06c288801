package dev.augenhoehe.decisions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes decisions as MADR 4 Markdown, ready for a repository's {@code docs/decisions/}: one file per decision
 * with YAML front matter, and an {@code index.md} table. The same decisions always give the same bytes.
 */
final class MadrWriter {

    static final String INDEX = "index.md";

    private MadrWriter() {
    }

    /** File name → content, in number order, the index last. */
    static Map<String, String> files(List<DecisionView> decisions) {
        Map<Long, DecisionView> byId = decisions.stream().collect(Collectors.toMap(DecisionView::id,
                Function.identity()));
        Map<String, String> files = new LinkedHashMap<>();
        for (DecisionView d : decisions) {
            files.put(d.fileName(), file(d, byId));
        }
        files.put(INDEX, index(decisions));
        return files;
    }

    static String reference(DecisionView d) {
        return "ADR-" + d.numberLabel();
    }

    static String file(DecisionView d, Map<Long, DecisionView> byId) {
        DecisionFields f = d.fields();
        StringBuilder md = new StringBuilder("---\n");
        md.append("status: ").append(status(d, byId)).append('\n');
        if (f.date() != null) {
            md.append("date: ").append(f.date()).append('\n');
        }
        md.append("decision-makers: ").append(MadrText.yaml(f.decisionMakers())).append('\n');
        md.append("consulted: ").append(MadrText.yaml(f.consulted())).append('\n');
        md.append("informed: ").append(MadrText.yaml(f.informed())).append('\n');
        list(md, "tags", f.tags());
        if (!f.revisitIf().isEmpty()) {
            md.append("revisit-if: ").append(MadrText.yaml(f.revisitIf())).append('\n');
        }
        if (f.revisitOn() != null) {
            md.append("revisit-on: ").append(f.revisitOn()).append('\n');
        }
        if (f.wasInherited()) {
            md.append("source: ").append(MadrText.yaml(f.source())).append('\n');
        }
        for (LinkType type : List.of(LinkType.SUPERSEDES, LinkType.AMENDS, LinkType.RELATES_TO)) {
            list(md, type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), d.linked(type).stream()
                    .map(byId::get).filter(java.util.Objects::nonNull).sorted(java.util.Comparator
                            .comparingInt(DecisionView::number)).map(MadrWriter::reference).toList());
        }
        md.append("---\n\n# ").append(heading(f.title().isEmpty() ? "Decision " + d.numberLabel() : f.title()))
                .append('\n');
        text(md, "Context and Problem Statement", f.context());
        items(md, "Decision Drivers", f.drivers(), "");
        items(md, "Considered Options", f.options().stream().map(ConsideredOption::name).toList(), "");
        String outcome = outcome(f);
        if (!outcome.isEmpty() || !f.good().isEmpty() || !f.bad().isEmpty() || !f.confirmation().isEmpty()) {
            md.append("\n## Decision Outcome\n");
            if (!outcome.isEmpty()) {
                md.append('\n').append(outcome).append('\n');
            }
            if (!f.good().isEmpty() || !f.bad().isEmpty()) {
                md.append("\n### Consequences\n\n");
                f.good().forEach(g -> md.append("* Good, because ").append(g).append('\n'));
                f.bad().forEach(b -> md.append("* Bad, because ").append(b).append('\n'));
            }
            if (!f.confirmation().isEmpty()) {
                md.append("\n### Confirmation\n\n").append(MadrText.escape(f.confirmation())).append('\n');
            }
        }
        List<ConsideredOption> detailed = f.options().stream().filter(ConsideredOption::hasDetails).toList();
        if (!detailed.isEmpty()) {
            md.append("\n## Pros and Cons of the Options\n");
            for (ConsideredOption o : detailed) {
                md.append("\n### ").append(heading(o.name())).append('\n');
                if (!o.description().isEmpty()) {
                    md.append('\n').append(MadrText.escape(o.description())).append('\n');
                }
                if (!o.good().isEmpty() || !o.neutral().isEmpty() || !o.bad().isEmpty()) {
                    md.append('\n');
                    o.good().forEach(g -> md.append("* Good, because ").append(g).append('\n'));
                    o.neutral().forEach(n -> md.append("* Neutral, because ").append(n).append('\n'));
                    o.bad().forEach(b -> md.append("* Bad, because ").append(b).append('\n'));
                }
            }
        }
        text(md, "More Information", f.moreInformation());
        return md.toString();
    }

    /** A heading text ending in "#" gets a closing " #", which readers drop, so its own "#" stays. */
    static String heading(String text) {
        return text.matches("(.*\\s)?#+") ? text + " #" : text;
    }

    static String status(DecisionView d, Map<Long, DecisionView> byId) {
        if (d.status() == DecisionStatus.SUPERSEDED) {
            List<String> by = d.linked(LinkType.SUPERSEDED_BY).stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).map(MadrWriter::reference).toList();
            if (!by.isEmpty()) {
                return "superseded by " + String.join(", ", by);
            }
        }
        return d.status().id();
    }

    private static String outcome(DecisionFields f) {
        if (!f.chosen().isEmpty()) {
            return "Chosen option: \"" + f.chosen().replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + (f.reasons().isEmpty() ? ""
                    : ", because " + MadrText.escape(f.reasons()));
        }
        return MadrText.escape(f.reasons());
    }

    private static void list(StringBuilder md, String key, List<String> values) {
        if (!values.isEmpty()) {
            md.append(key).append(": [").append(values.stream().map(MadrText::yaml)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
    }

    private static void text(StringBuilder md, String heading, String text) {
        if (!text.isEmpty()) {
            md.append("\n## ").append(heading).append("\n\n").append(MadrText.escape(text)).append('\n');
        }
    }

    private static void items(StringBuilder md, String heading, List<String> items, String prefix) {
        if (!items.isEmpty()) {
            md.append("\n## ").append(heading).append("\n\n");
            items.forEach(i -> md.append("* ").append(prefix).append(i).append('\n'));
        }
    }

    static String index(List<DecisionView> decisions) {
        Map<Long, DecisionView> byId = decisions.stream().collect(Collectors.toMap(DecisionView::id,
                Function.identity()));
        StringBuilder md = new StringBuilder("# Decisions\n\n| Number | Title | Status | Date |\n|---|---|---|---|\n");
        for (DecisionView d : decisions) {
            md.append("| [").append(d.numberLabel()).append("](").append(d.fileName()).append(") | ")
                    .append(MadrText.cell(d.fields().title())).append(" | ").append(status(d, byId)).append(" | ")
                    .append(d.fields().date() == null ? "" : d.fields().date()).append(" |\n");
        }
        return md.toString();
    }
}
