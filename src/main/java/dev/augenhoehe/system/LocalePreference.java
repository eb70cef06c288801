package dev.augenhoehe.system;

import java.util.Locale;

/** Implemented by the signed-in principal: its language wins over the browser's. */
public interface LocalePreference {

    Locale preferredLocale();
}
