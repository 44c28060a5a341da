package org.windowsuite.common;

/** The named thing does not exist: 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
