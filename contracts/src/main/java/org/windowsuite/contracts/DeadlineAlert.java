package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A clock of deadline-service changed level or due time. Aggregate: the clock id.
 *
 * @param alert       SCHEDULED (first due time), RETIMED (pause, resume, extension, calendar correction),
 *                    WARNING, OVERDUE, REMINDER (daily while overdue), STOPPED
 * @param subjectType CASE, TRANSFER, COMPLAINT
 * @param clockKind   PROMISED, STATUTORY (cases); ACKNOWLEDGE, CONTACT, RESOLVE (transfers and complaints)
 * @param level       ON_TRACK, WARNING, OVERDUE
 * @param holder      who was responsible when this was raised, and {@code actingFor} whom (AB-5)
 * @param dueProvisional true when the due time counted a day of a year whose holiday schedule is not yet published
 *                    (projected from the holiday law); a RETIMED alert clears it once the schedule is loaded
 */
public record DeadlineAlert(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        String alert,
        String subjectType,
        String subjectId,
        String clockKind,
        String level,
        OffsetDateTime dueAt,
        OffsetDateTime previousDueAt,
        String department,
        String postId,
        String holder,
        String actingFor,
        boolean dueProvisional) implements DomainEvent {

    public static final String TYPE = "DeadlineAlert";
}
