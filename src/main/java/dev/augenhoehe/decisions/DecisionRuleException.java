package dev.augenhoehe.decisions;

/** A change that the decision log's rules do not allow; {@code messageKey} tells the person why. */
class DecisionRuleException extends RuntimeException {

    private final String messageKey;

    DecisionRuleException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
