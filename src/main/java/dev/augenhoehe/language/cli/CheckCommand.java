package dev.augenhoehe.language.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * {@code java -jar augenhoehe.jar check ...}: runs Klartext over files without starting Spring.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    /** Runs the command and returns the process exit code (0 clean, 1 error findings, 2 bad usage). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        err.println("check: not built yet");
        return 2;
    }
}
