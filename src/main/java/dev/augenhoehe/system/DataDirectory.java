package dev.augenhoehe.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the data folder before anything (the H2 file database, backups) tries to write into it.
 * Runs on the prepared environment, so it sees {@code augenhoehe.data-dir} from every property source.
 */
public class DataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final String PROPERTY = "augenhoehe.data-dir";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String configured = event.getEnvironment().getProperty(PROPERTY, "./data");
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new UnusableDataDirectoryException(dir, "it is not writable");
            }
        } catch (IOException | SecurityException e) {
            throw new UnusableDataDirectoryException(dir, "it cannot be created (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reported by {@link DataDirectoryFailureAnalyzer} as one clear line instead of a stack trace. */
    static final class UnusableDataDirectoryException extends RuntimeException {
        UnusableDataDirectoryException(Path dir, String reason) {
            super("Augenhöhe cannot use the data folder " + dir + ": " + reason
                    + ". Set augenhoehe.data-dir (env AUGENHOEHE_DATA_DIR) to a writable folder.");
        }
    }
}
