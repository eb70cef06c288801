package dev.augenhoehe.decisions;

import dev.augenhoehe.conversations.DemoConversationCreated;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo's decision log: the old agency's choice, inherited from the project's history, and the new decision
 * that supersedes it. Runs after the conversation and brief listeners, so the question about the old code exists.
 */
@Component
@Profile("demo")
class DemoDecisions {

    private final DecisionService decisions;

    DemoDecisions(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The demo's history: the old agency's decision and the one that replaced it, for the answered question. */
    @ApplicationModuleListener
    void seed(DemoConversationCreated demo) {
        long workspace = demo.workspaceId();
        Actor owner = new Actor(demo.ownerId(), "Dana Demo");
        DecisionView old = decisions.record(workspace, demo.engagementId(), new DecisionFields(
                "Eigener Shop-Code auf einem gemieteten Server", DecisionStatus.ACCEPTED, LocalDate.of(2023, 3, 6),
                "Petra Korn, Agentur Webwerk", "", "Jonas Korn",
                "Die Bäckerei wollte Vorbestellungen online annehmen. Die Agentur schlug vor, den Shop selbst zu programmieren.",
                List.of("Eigenes Design", "Keine monatlichen Gebühren für ein Shopsystem"),
                List.of(ConsideredOption.named("Eigener Code"), ConsideredOption.named("Fertiges Shopsystem")),
                "Eigener Code", "Die Agentur versprach ein Design, das genau zur Bäckerei passt.", List.of(),
                List.of("Niemand außer der Agentur kennt den Code"), "", "", List.of("shop", "altlast"), "", null,
                "Angebot und E-Mails der Agentur Webwerk, März 2023"), owner);
        DecisionView next = decisions.record(workspace, demo.engagementId(), new DecisionFields(
                "Neuer Shop auf einem fertigen Shopsystem", DecisionStatus.ACCEPTED, LocalDate.now(ClientChoiceRecorder.ZONE),
                "Petra Korn", "Jonas Korn", "Filialleitungen",
                "Der alte Code ist unfertig und hat keine Tests. Frau Korn möchte jeden Schritt verstehen.",
                List.of("Start vor Ostern", "Verständlich für die Familie", "Budget 15.000 bis 25.000 Euro"),
                List.of(new ConsideredOption("Alten Code fertig bauen", "", List.of("Design ist schon da"), List.of(),
                        List.of("Prüfen kostet mehr als neu einrichten")),
                        new ConsideredOption("Fertiges Shopsystem", "", List.of("Schnell startklar",
                                "Updates kommen vom Anbieter"), List.of(), List.of("Monatliche Gebühr"))),
                "Fertiges Shopsystem", "Es ist schneller startklar, und die Familie kann es selbst pflegen.",
                List.of("Start vor Ostern wird möglich"), List.of("Monatliche Gebühr für das Shopsystem"),
                "Nach dem Start prüfen wir gemeinsam die ersten 50 Bestellungen.", "", List.of("shop"),
                "Wir schauen wieder darauf, wenn mehr als 300 Bestellungen im Monat kommen.",
                LocalDate.now(ClientChoiceRecorder.ZONE).plusMonths(6), ""), owner);
        decisions.link(workspace, next.id(), LinkType.SUPERSEDES, old.id(), owner, null);
        // the new decision answers the question about the old code; its trail shows "recorded as decision 0002"
        decisions.attachQuestion(workspace, next.id(), demo.answeredQuestion());
    }
}
