package org.windowsuite.common;

/** The request conflicts with the current state (a concurrent edit, a duplicate, a reused key): 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
