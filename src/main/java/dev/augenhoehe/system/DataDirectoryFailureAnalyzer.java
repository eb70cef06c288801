package dev.augenhoehe.system;

import dev.augenhoehe.system.DataDirectory.UnusableDataDirectoryException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<UnusableDataDirectoryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnusableDataDirectoryException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Point AUGENHOEHE_DATA_DIR to a folder the app may write to.", cause);
    }
}
