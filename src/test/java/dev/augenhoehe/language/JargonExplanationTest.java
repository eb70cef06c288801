package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways a term can be explained in place, and brackets that explain nothing. */
class JargonExplanationTest {

    static boolean flagged(String lang, String text) {
        return !Klartext.standard().analyze(text.replace("\\n", "\n"), Language.parse(lang), CheckOptions.defaults())
                .findings(Category.UNEXPLAINED_JARGON).isEmpty();
    }

    @ParameterizedTest(name = "explained: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Wir stellen einen Reverse Proxy davor: ein Server, der alle Anfragen annimmt und weiterreicht.
            de | Der Reverse Proxy – also ein vorgeschalteter Server – nimmt alle Anfragen an.
            de | Caching – das Bereithalten fertiger Seiten – macht den Shop schneller.
            de | Wir stellen einen Reverse Proxy davor. Er nimmt alle Anfragen an und verteilt sie.
            de | Wir stellen einen Reverse Proxy davor. Der nimmt alle Anfragen an und verteilt sie.
            de | Ein vorgeschalteter Server, der alle Anfragen annimmt (ein sogenannter Reverse Proxy), schützt den Shop.
            de | Eine Schnittstelle zwischen zwei Programmen (kurz: API) verbindet Shop und Lager.
            de | Wir nutzen Kubernetes¹ für den Betrieb.\\n\\n¹ Eine Software, die Programme auf Server verteilt.
            de | Wir nutzen Kubernetes (siehe Glossar unten) für den Betrieb.
            de | Die Staging-Umgebung (eine Kopie Ihrer Website, die nur wir sehen) ist fertig.
            en | We put a reverse proxy in front of the shop: a server that takes every request and passes it on.
            en | We put a reverse proxy in front. It takes every request and passes it on.
            en | A server that takes every request first (a reverse proxy) protects the shop.
            en | We use Kubernetes (see the glossary) to run it.
            en | Caching – keeping copies of pages ready – makes the shop faster.
            en | The staging site (a private copy of your shop) is ready.
            en | Images now come from servers close to each visitor (a "content delivery network"), so pages load faster.
            de | Ein Server, der alle Anfragen zuerst annimmt („Reverse Proxy“), schützt den Shop.
            de | Ihr Laptop baut zu Hause eine gesicherte Leitung in die Firma auf (das VPN), über die alles läuft.
            de | Wir nutzen Kubernetes, die Software zum Verteilen der Programme auf Server, für den Betrieb.
            en | We will do the "cutover" (the moment new emails start arriving in the new system) on Saturday.
            en | We run it on Kubernetes, the software that spreads programs over servers, from next week.
            """)
    void explained(String lang, String text) {
        assertThat(flagged(lang, text)).isFalse();
    }

    @ParameterizedTest(name = "not explained: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Wir setzen einen Reverse Proxy (ca. 30 € im Monat) vor den Shop.
            de | Wir nutzen ein Content Delivery Network (CDN), damit die Bilder schneller laden.
            de | Wir nutzen Kubernetes (seit 2019) für den Betrieb.
            de | Wir nutzen Kubernetes (z. B. bei AWS oder Azure) für den Betrieb.
            de | Wir nutzen Kubernetes, die Kosten sinken dadurch.
            de | Wir nutzen Kubernetes, das die Programme nachts auf alle Server verteilt, für den Betrieb.
            en | We put a reverse proxy in front (about €30 a month).
            en | We run it on a content delivery network (CDN) from next week.
            en | We will run the app on Kubernetes. That keeps the costs under control.
            en | I am setting up single sign-on for your team this week. It should take about a day.
            """)
    void notExplained(String lang, String text) {
        assertThat(flagged(lang, text)).isTrue();
    }
}
