package org.windowsuite.common;

/** The caller is known but may not do this (e.g. acting on another post's case, another person's absence): 403. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
