package org.windowsuite.outbox;

import org.windowsuite.common.InfrastructureFaults;

/** A message that can never be processed; the consumer's failure strategy sends it to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException implements InfrastructureFaults.Permanent {
    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
