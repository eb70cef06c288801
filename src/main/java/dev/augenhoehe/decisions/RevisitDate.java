package dev.augenhoehe.decisions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a date in a "we would revisit if …" text ("in March 2027", "on 2027-03-01", "am 1.3.2027"), if any. */
final class RevisitDate {

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern GERMAN = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");

    private RevisitDate() {
    }

    static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher german = GERMAN.matcher(text);
        if (german.find()) {
            return date(german.group(3), german.group(2), german.group(1));
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
