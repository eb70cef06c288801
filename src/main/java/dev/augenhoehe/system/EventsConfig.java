package dev.augenhoehe.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Modules react to each other's events with {@code @ApplicationModuleListener}: after the publisher's commit, in
 * their own transaction, on a worker thread so the request that published does not wait. Every publication is
 * stored in the registry (table {@code event_publication}) first, so a reaction that a crash interrupted is
 * resubmitted when the app starts again ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfig {
}
