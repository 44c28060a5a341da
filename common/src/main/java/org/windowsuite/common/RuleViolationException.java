package org.windowsuite.common;

/** A request that breaks a rule of the rulebook or of the domain: 422, naming the rule. */
public class RuleViolationException extends RuntimeException {
    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
