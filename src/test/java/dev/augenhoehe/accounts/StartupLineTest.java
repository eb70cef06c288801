package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupLineTest {

    @Test
    void namesTheAddressAndSaysWhenTheInstanceStillNeedsItsSetup() {
        assertThat(StartupLine.line("9090", "", true)).isEqualTo("Augenhöhe is ready: open http://localhost:9090/");
        assertThat(StartupLine.line("8080", "", false))
                .isEqualTo("Augenhöhe is ready: open http://localhost:8080/ for the first-run setup (no workspace yet)");
    }
}
