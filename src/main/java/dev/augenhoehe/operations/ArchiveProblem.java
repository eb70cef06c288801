package dev.augenhoehe.operations;

/** An archive that cannot be restored (or made), with the message key that tells the owner why and what to do. */
class ArchiveProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    ArchiveProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
