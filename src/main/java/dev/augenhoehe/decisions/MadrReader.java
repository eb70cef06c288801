package dev.augenhoehe.decisions;

import dev.augenhoehe.decisions.ParsedDecision.NumberLink;
import dev.augenhoehe.decisions.ParsedDecision.Note;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one decision from Markdown: MADR 4 (and 3) with YAML front matter, MADR 2 with its bullet list of metadata,
 * and Nygard / adr-tools files ({@code # 1. Title}, Date, Status, Context, Decision, Consequences). Whatever has no
 * field of its own is kept in "More Information" with a warning, so nothing disappears silently.
 */
final class MadrReader {

    static final int MAX_FRONT_MATTER = 20_000;
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}[*+-]\\s+(.*)$");
    private static final Pattern PRO_CON = Pattern.compile("^(good|neutral|bad),?\\s+because\\s*,?\\s?(.*)$",
            Pattern.CASE_INSENSITIVE);
    // the option's name in quotes; our export writes a quote or backslash in it as \" or \\
    private static final Pattern CHOSEN = Pattern.compile(
            "^Chosen option:\\s*\"((?:[^\"\\\\\n]|\\\\.)*)\",\\s*because\\s?(.*)$", Pattern.DOTALL);
    private static final Pattern CHOSEN_ONLY = Pattern.compile(
            "^Chosen option:\\s*\"((?:[^\"\\\\\n]|\\\\.)*)\"\\s*\\.?$");
    private static final Pattern CHOSEN_UNQUOTED = Pattern.compile("^Chosen option:\\s*([^,\\n]+?),\\s*because\\s?(.*)$",
            Pattern.DOTALL);
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,5})\\.\\s+(.*)$");
    private static final Pattern FILE_NUMBER = Pattern.compile("^(\\d{1,5})[-_].*");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})");
    private static final Pattern LINK_LINE = Pattern.compile("^(?:[*+-]\\s+)?(supersedes|superseded by|amends|"
            + "amended by|relates to|related to|refines|refined by|clarifies|clarified by)\\b:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_LINE = Pattern.compile("^(?:[*+-]\\s+)?(status|deciders|decision-makers|"
            + "date|consulted|informed|tags)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private MadrReader() {
    }

    private record Section(int level, String heading, List<String> lines) {
        String key() {
            return heading.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        }

        String text() {
            return MadrText.unescape(String.join("\n", lines)).strip();
        }

        String raw() {
            return String.join("\n", lines).strip();
        }
    }

    /** Collects what the file says, field by field. */
    private static final class Draft {
        String title = "";
        DecisionStatus status;
        LocalDate date;
        String decisionMakers = "";
        String consulted = "";
        String informed = "";
        String context = "";
        List<String> drivers = new ArrayList<>();
        List<String> optionNames = new ArrayList<>();
        Map<String, ConsideredOption> details = new LinkedHashMap<>();
        String chosen = "";
        String reasons = "";
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        String confirmation = "";
        String moreInformation = "";
        List<String> extra = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String revisitIf = "";
        LocalDate revisitOn;
        String source = "";
        List<NumberLink> links = new ArrayList<>();
        List<Note> warnings = new ArrayList<>();
    }

    static ParsedDecision read(String fileName, String content) {
        Draft d = new Draft();
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("---\n")) {
            int end = endOfFrontMatter(text);
            if (end < 0) {
                return ParsedDecision.failed(fileName, Note.of("decisions.import.error.frontMatterOpen"));
            }
            String yaml = text.substring(4, end);
            if (yaml.length() > MAX_FRONT_MATTER) {
                return ParsedDecision.failed(fileName, Note.of("decisions.import.error.frontMatterTooLong"));
            }
            try {
                frontMatter(d, yaml);
            } catch (YAMLException | ClassCastException e) {
                return ParsedDecision.failed(fileName, Note.of("decisions.import.error.yaml"));
            }
            text = text.substring(text.indexOf('\n', end + 1) < 0 ? text.length() : text.indexOf('\n', end + 1) + 1);
        }
        List<Section> sections = sections(text);
        Integer number = null;
        Matcher fromName = FILE_NUMBER.matcher(baseName(fileName));
        if (fromName.matches()) {
            number = Integer.parseInt(fromName.group(1));
        }
        boolean hasTitle = false;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.level() == 0) {
                preamble(d, s);
            } else if (s.level() == 1 && !hasTitle) {
                hasTitle = true;
                Matcher numbered = NUMBERED_TITLE.matcher(s.heading());
                if (numbered.matches()) {
                    d.title = numbered.group(2);
                    number = number == null ? Integer.valueOf(numbered.group(1)) : number;
                } else {
                    d.title = s.heading();
                }
                preamble(d, s);
            } else if (s.level() == 2) {
                List<Section> children = new ArrayList<>();
                while (i + 1 < sections.size() && sections.get(i + 1).level() > 2) {
                    children.add(sections.get(++i));
                }
                section(d, s, children);
            } else {
                keep(d, s);
            }
        }
        if (!hasTitle) {
            return ParsedDecision.failed(fileName, Note.of("decisions.import.error.noTitle"));
        }
        return new ParsedDecision(fileName, number, fields(d), List.copyOf(d.links), List.copyOf(d.warnings), null);
    }

    private static int endOfFrontMatter(String text) {
        int from = 4;
        while (from <= text.length()) {
            int lineEnd = text.indexOf('\n', from);
            String line = text.substring(from, lineEnd < 0 ? text.length() : lineEnd);
            if (line.equals("---") || line.equals("...")) {
                return from;
            }
            if (lineEnd < 0) {
                return -1;
            }
            from = lineEnd + 1;
        }
        return -1;
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static void frontMatter(Draft d, String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(5);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(MAX_FRONT_MATTER * 2);
        options.setAllowRecursiveKeys(false);
        Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        if (loaded == null) {
            return;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new YAMLException("front matter is not a mapping");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT).strip();
            Object value = entry.getValue();
            switch (key) {
                case "status" -> status(d, scalar(value));
                case "date" -> d.date = date(d, value);
                case "decision-makers", "deciders" -> d.decisionMakers = joined(value);
                case "consulted" -> d.consulted = joined(value);
                case "informed" -> d.informed = joined(value);
                case "tags" -> d.tags.addAll(value instanceof Collection<?> c ? c.stream().map(String::valueOf)
                        .toList() : List.of(scalar(value).split(",")));
                case "revisit-if" -> d.revisitIf = scalar(value);
                case "revisit-on" -> d.revisitOn = date(d, value);
                case "source" -> d.source = scalar(value);
                case "supersedes" -> refs(d, LinkType.SUPERSEDES, value);
                case "superseded-by" -> refs(d, LinkType.SUPERSEDED_BY, value);
                case "amends" -> refs(d, LinkType.AMENDS, value);
                case "amended-by" -> refs(d, LinkType.AMENDED_BY, value);
                case "relates-to", "related-to" -> refs(d, LinkType.RELATES_TO, value);
                default -> d.warnings.add(Note.of("decisions.import.warn.unknownKey", Clean.line(key, 60)));
            }
        }
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return joined(value);
        }
        return String.valueOf(value);
    }

    private static String joined(Object value) {
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(MadrReader::scalar).toList());
        }
        if (value instanceof Map<?, ?> m) {
            return String.join(", ", m.keySet().stream().map(String::valueOf).toList());
        }
        return value == null ? "" : scalar(value);
    }

    private static LocalDate date(Draft d, Object value) {
        String text = scalar(value).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            LocalDate found = RevisitDate.find(text);
            if (found == null) {
                d.warnings.add(Note.of("decisions.import.warn.date", Clean.line(text, 40)));
            }
            return found;
        }
    }

    private static void status(Draft d, String text) {
        DecisionStatus status = DecisionStatus.parse(text);
        if (status == null) {
            d.warnings.add(Note.of("decisions.import.warn.status", Clean.line(text, 60)));
            status = DecisionStatus.PROPOSED;
        }
        d.status = status;
        if (status == DecisionStatus.SUPERSEDED) {
            numbers(text.substring(Math.min(text.length(), "superseded".length())))
                    .forEach(n -> d.links.add(new NumberLink(LinkType.SUPERSEDED_BY, n)));
        }
    }

    private static void refs(Draft d, LinkType type, Object value) {
        List<Object> values = value instanceof Collection<?> c ? new ArrayList<>(c) : List.of(scalar(value));
        for (Object v : values) {
            numbers(scalar(v)).stream().limit(1).forEach(n -> d.links.add(new NumberLink(type, n)));
        }
    }

    private static List<Integer> numbers(String text) {
        List<Integer> out = new ArrayList<>();
        // "ADR-0005", "[5. Title](0005-title.md)": each reference counts once, by its first number
        for (String part : text.split(",|\\band\\b")) {
            Matcher m = NUMBER.matcher(part);
            if (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    private static List<Section> sections(String text) {
        List<Section> out = new ArrayList<>();
        Section current = new Section(0, "", new ArrayList<>());
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            }
            Matcher heading = fenced ? null : HEADING.matcher(line.replaceAll("<!--.*?-->", ""));
            if (heading != null && heading.matches()) {
                out.add(current);
                current = new Section(heading.group(1).length(), heading.group(2).strip(), new ArrayList<>());
            } else {
                current.lines().add(line);
            }
        }
        out.add(current);
        return out.stream().filter(s -> s.level() > 0 || !s.raw().isEmpty()).toList();
    }

    /** The lines under the title: MADR 2's "* Status: …" list, adr-tools' "Date: …", or an introduction. */
    private static void preamble(Draft d, Section s) {
        List<String> rest = new ArrayList<>();
        for (String line : s.lines()) {
            Matcher meta = META_LINE.matcher(line.strip());
            if (meta.matches()) {
                String value = meta.group(2).replaceAll("<!--.*-->", "").strip();
                switch (meta.group(1).toLowerCase(Locale.ROOT)) {
                    case "status" -> status(d, value);
                    case "date" -> d.date = date(d, value);
                    case "deciders", "decision-makers" -> d.decisionMakers = value;
                    case "consulted" -> d.consulted = value;
                    case "informed" -> d.informed = value;
                    default -> d.tags.addAll(List.of(value.replaceAll("[\\[\\]]", "").split(",")));
                }
            } else {
                rest.add(line);
            }
        }
        String intro = MadrText.unescape(String.join("\n", rest)).strip();
        if (!intro.isEmpty()) {
            d.extra.add(intro);
            d.warnings.add(Note.of("decisions.import.warn.kept", s.level() == 0 ? "-" : s.heading()));
        }
    }

    private static void section(Draft d, Section s, List<Section> children) {
        switch (s.key()) {
            case "context and problem statement", "context", "context and problem" -> d.context = s.text();
            case "decision drivers" -> items(d, s, d.drivers);
            case "considered options" -> items(d, s, d.optionNames);
            case "decision outcome", "decision" -> {
                outcome(d, s);
                for (Section child : children) {
                    switch (child.key()) {
                        case "consequences" -> consequences(d, child);
                        case "positive consequences" -> items(d, child, d.good);
                        case "negative consequences" -> items(d, child, d.bad);
                        case "confirmation", "validation" -> d.confirmation = child.text();
                        default -> keep(d, child);
                    }
                }
                return;
            }
            case "consequences" -> consequences(d, s);
            case "confirmation", "validation" -> d.confirmation = s.text();
            case "pros and cons of the options" -> {
                if (!s.raw().isEmpty()) {
                    keep(d, s);
                }
                children.forEach(child -> option(d, child));
                return;
            }
            case "more information" -> d.moreInformation = s.text();
            case "status" -> statusSection(d, s);
            case "links" -> linkLines(d, s, true);
            default -> keep(d, s);
        }
        children.forEach(child -> keep(d, child));
    }

    private static void outcome(Draft d, Section s) {
        String raw = s.raw();
        Matcher chosen = CHOSEN.matcher(raw);
        Matcher only = CHOSEN_ONLY.matcher(raw);
        Matcher unquoted = CHOSEN_UNQUOTED.matcher(raw);
        if (chosen.matches()) {
            d.chosen = unquote(chosen.group(1));
            d.reasons = MadrText.unescape(chosen.group(2)).strip();
        } else if (only.matches()) {
            d.chosen = unquote(only.group(1));
        } else if (unquoted.matches()) {
            d.chosen = unquoted.group(1);
            d.reasons = MadrText.unescape(unquoted.group(2)).strip();
        } else {
            d.reasons = s.text();
        }
    }

    private static String unquote(String quoted) {
        return quoted.replaceAll("\\\\(.)", "$1");
    }

    private static void consequences(Draft d, Section s) {
        List<String> other = new ArrayList<>();
        for (String item : itemLines(s, other)) {
            Matcher m = PRO_CON.matcher(item);
            if (m.matches() && m.group(1).equalsIgnoreCase("bad")) {
                d.bad.add(m.group(2));
            } else if (m.matches()) {
                d.good.add(m.group(2));
            } else {
                other.add("* " + item);
            }
        }
        if (!String.join("", other).isBlank()) {
            keep(d, new Section(s.level(), s.heading(), other));
        }
    }

    private static void option(Draft d, Section s) {
        List<String> description = new ArrayList<>();
        List<String> good = new ArrayList<>();
        List<String> neutral = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String item : itemLines(s, description)) {
            Matcher m = PRO_CON.matcher(item);
            if (!m.matches()) {
                description.add("* " + item);
            } else {
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "good" -> good.add(m.group(2));
                    case "neutral" -> neutral.add(m.group(2));
                    default -> bad.add(m.group(2));
                }
            }
        }
        String text = MadrText.unescape(String.join("\n", description)).strip();
        d.details.put(Clean.line(s.heading(), DecisionFields.MAX_LINE), new ConsideredOption(s.heading(), text,
                good, neutral, bad));
    }

    /** List items of a section (continuation lines joined); other lines go to {@code rest}. */
    private static List<String> itemLines(Section s, List<String> rest) {
        List<String> items = new ArrayList<>();
        boolean inItem = false;
        for (String line : s.lines()) {
            Matcher item = ITEM.matcher(line);
            if (item.matches() && !line.startsWith("\\")) {
                items.add(item.group(1).strip());
                inItem = true;
            } else if (inItem && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
            } else {
                inItem = false;
                rest.add(line);
            }
        }
        return items;
    }

    private static void items(Draft d, Section s, List<String> into) {
        List<String> rest = new ArrayList<>();
        into.addAll(itemLines(s, rest));
        if (!String.join("", rest).isBlank()) {
            keep(d, new Section(s.level(), s.heading(), rest));
        }
    }

    private static void statusSection(Draft d, Section s) {
        List<String> rest = linkLines(d, s, false);
        String status = rest.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (!status.isEmpty()) {
            status(d, status);
        }
        if (d.status == DecisionStatus.PROPOSED && d.links.stream().anyMatch(l -> l.type() == LinkType.SUPERSEDED_BY)) {
            d.status = DecisionStatus.SUPERSEDED;
        }
    }

    /** "Superseded by [2. Use X](0002-use-x.md)" and friends; returns the lines that are not links. */
    private static List<String> linkLines(Draft d, Section s, boolean keepRest) {
        List<String> rest = new ArrayList<>();
        for (String line : s.lines()) {
            Matcher m = LINK_LINE.matcher(line.strip());
            List<Integer> numbers = m.matches() ? numbers(m.group(2).replaceAll("\\]\\([^)]*\\)", "]")) : List.of();
            Matcher target = Pattern.compile("\\(([^)]*)\\)").matcher(m.matches() ? m.group(2) : "");
            if (target.find() && FILE_NUMBER.matcher(baseName(target.group(1))).matches()) {
                numbers = List.of(Integer.parseInt(FILE_NUMBER.matcher(baseName(target.group(1))).replaceAll("$1")));
            }
            if (m.matches() && !numbers.isEmpty()) {
                LinkType type = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "supersedes" -> LinkType.SUPERSEDES;
                    case "superseded by" -> LinkType.SUPERSEDED_BY;
                    case "amends" -> LinkType.AMENDS;
                    case "amended by" -> LinkType.AMENDED_BY;
                    default -> LinkType.RELATES_TO;
                };
                d.links.add(new NumberLink(type, numbers.get(0)));
            } else {
                rest.add(line);
            }
        }
        if (keepRest && !String.join("", rest).isBlank()) {
            keep(d, new Section(s.level(), s.heading(), rest));
        }
        return rest;
    }

    /** A part without a field of its own stays readable in "More Information". */
    private static void keep(Draft d, Section s) {
        String text = MadrText.unescape(String.join("\n", s.lines())).strip();
        d.extra.add(s.heading() + (text.isEmpty() ? "" : ":\n\n" + text));
        d.warnings.add(Note.of("decisions.import.warn.kept", Clean.line(s.heading(), 80)));
    }

    private static DecisionFields fields(Draft d) {
        List<ConsideredOption> options = new ArrayList<>();
        for (String name : d.optionNames) {
            String key = Clean.line(name, DecisionFields.MAX_LINE);
            options.add(d.details.containsKey(key) ? d.details.remove(key) : ConsideredOption.named(name));
        }
        options.addAll(d.details.values());
        String more = d.moreInformation;
        for (String extra : d.extra) {
            more = more.isEmpty() ? extra : more + "\n\n" + extra;
        }
        return new DecisionFields(d.title, d.status == null ? DecisionStatus.PROPOSED : d.status, d.date,
                d.decisionMakers, d.consulted, d.informed, d.context, d.drivers, options, d.chosen, d.reasons,
                d.good, d.bad, d.confirmation, more, d.tags, d.revisitIf, d.revisitOn, d.source);
    }
}
