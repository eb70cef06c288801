package dev.augenhoehe.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.system.Markdown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every generated hostile string through the shared Markdown renderer (notes, briefs): nothing live survives. */
class HostileMarkdownTest {

    @Test
    void noHostileStringSurvivesOrCrashesTheRenderer() {
        Markdown markdown = new Markdown();
        List<String> inputs = HostileInputs.generate();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String html;
            try {
                html = markdown.html(inputs.get(i));
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("#" + i + " threw " + e);
                continue;
            }
            List<String> problems = HtmlSafety.problems("<html><body>" + html + "</body></html>");
            if (!problems.isEmpty()) {
                failures.add("#" + i + " " + problems);
            }
        }
        assertThat(failures).as("seed %d, %d strings", HostileInputs.SEED, inputs.size()).isEmpty();
        assertThat(inputs).hasSize(HostileInputs.COUNT);
    }
}
