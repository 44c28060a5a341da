package org.windowsuite.outbox;

/** Fired inside the writing transaction; observed after commit so the relay wakes at once. */
public record OutboxWritten(String topic) {
}
