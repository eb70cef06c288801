package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErasedClientTest {

    private static ErasedClient client(String... names) {
        return new ErasedClient(1, 2, Map.of(), List.of(names), 3, "Owner", Instant.EPOCH, "Erased client");
    }

    @Test
    void namesAndEachOfTheirWordsGoWhateverTheirCase() {
        ErasedClient erased = client("Bäckerei Ölz GmbH", "Petra Ölz", "petra.oelz@baeckerei-oelz.example");
        assertThat(erased.scrub("Frau ÖLZ und petra wollen den Shop; Mail an petra.oelz@baeckerei-oelz.example."))
                .isEqualTo("Frau […] und […] wollen den Shop; Mail an […].");
        assertThat(erased.scrub("Die Bäckerei Ölz GmbH entschied.")).isEqualTo("Die […] entschied.");
    }

    @Test
    void wholeWordsOnlyAndLegalFormsStay() {
        ErasedClient erased = client("Korn GmbH & Co. KG");
        assertThat(erased.scrub("Kornfeld, Korn, KORN. Eine andere GmbH bleibt, die KG auch."))
                .isEqualTo("Kornfeld, […], […]. Eine andere GmbH bleibt, die KG auch.");
        assertThat(erased.identifiers()).contains("Korn GmbH & Co. KG", "Korn").doesNotContain("GmbH", "KG", "Co");
    }

    @Test
    void shortWordsAndNumbersAloneAreNotNames() {
        ErasedClient erased = client("Al Bo 2024");
        assertThat(erased.scrub("Al fand 2024 gut")).isEqualTo("Al fand 2024 gut");
        assertThat(erased.scrub("Al Bo 2024 fand es gut")).isEqualTo("[…] fand es gut");
        assertThat(client().scrub("nothing to remove")).isEqualTo("nothing to remove");
        assertThat(client("x").scrub(null)).isNull();
    }

    @Test
    void moreNamesCanBeAddedByAModule() {
        ErasedClient erased = client("Korn GmbH").alsoRemoving(List.of("Jana Weber (CEO)"));
        assertThat(erased.scrub("Jana Weber und Herr Weber, CEO")).isEqualTo("[…] und Herr […], […]");
        assertThat(erased.mentions("weber")).isTrue();
        assertThat(erased.mentions("Webers")).isFalse();
    }
}
