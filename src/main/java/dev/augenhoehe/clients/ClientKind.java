package dev.augenhoehe.clients;

/** A client is an organisation with a contact person, or a single person. */
enum ClientKind {
    ORGANISATION, PERSON
}
