package org.windowsuite.outbox;

/** A message that can never be processed; the consumer's failure strategy sends it to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
