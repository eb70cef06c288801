package dev.augenhoehe.clients;

import dev.augenhoehe.accounts.DemoWorkspaceCreated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sample clients for the demo workspace: one active shop project, one lead with a troubled history. */
@Component
@Profile("demo")
class DemoClients {

    private final ClientService clients;
    private final PreviousVendors vendors;
    private final ApplicationEventPublisher events;

    DemoClients(ClientService clients, PreviousVendors vendors, ApplicationEventPublisher events) {
        this.clients = clients;
        this.vendors = vendors;
        this.events = events;
    }

    @ApplicationModuleListener
    void seed(DemoWorkspaceCreated demo) {
        long workspace = demo.workspaceId();
        Client bakery = clients.create(workspace, new ClientForm("Bäckerei Korn GmbH", ClientKind.ORGANISATION,
                "Petra Korn", "petra.korn@baeckerei-korn.example", "+49 221 555 0142",
                "Familienbetrieb mit sechs Filialen in Köln. Frau Korn entscheidet, ihr Sohn kümmert sich um die Technik.", null));
        Engagement shop = clients.createEngagement(workspace, bakery.id(), new EngagementForm("Online-Shop für Vorbestellungen",
                EngagementStatus.ACTIVE,
                "Kundinnen sollen Brot und Torten online vorbestellen und in der Filiale abholen.",
                "Ein erster Shop einer Agentur wurde 2023 nie fertig. Die Agentur ging, der Code liegt noch auf einem alten Server.", null));
        vendors.add(workspace, shop.id(), new PreviousVendorForm("Webagentur Rheinblick",
                "Hat 2023 einen ersten Shop begonnen und auf einem eigenen Server betrieben.",
                "Das Budget war nach der ersten Version aufgebraucht, der Shop ging nie online.", null));

        Client practice = clients.create(workspace, new ClientForm("Praxis Dr. Yilmaz", ClientKind.ORGANISATION,
                "Dr. Aylin Yilmaz", "praxis@yilmaz.example", "", "Hausarztpraxis, acht Mitarbeitende.", null));
        clients.createEngagement(workspace, practice.id(), new EngagementForm("Terminbuchung und Datenschutz",
                EngagementStatus.LEAD, "Online-Terminbuchung, die zur DSGVO passt.",
                "Das bisherige Buchungstool lief über einen US-Anbieter. Die Kammer hat nachgefragt.", null));

        events.publishEvent(new DemoEngagementCreated(workspace, demo.ownerId(), shop.id()));
    }
}
