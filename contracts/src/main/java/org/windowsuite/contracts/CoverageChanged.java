package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Who holds post {@code postId} from {@code since} (AB-1, AB-3, AB-5). Aggregate: the post; version grows
 * with every coverage change of the post.
 *
 * @param serviceItems the service-item codes the post handles (intake routes applications by them)
 * @param state     NORMAL (A holds it), COVERED (B holds it for A), EMPTY (both away), STAND_IN (a
 *                  supervisor's temporary holder), UNSTAFFED (no roster for the day)
 * @param holder    staff id holding the post, null when EMPTY or UNSTAFFED
 * @param role      A, B, STAND_IN or NONE
 * @param actingFor staff id whose authority the holder carries (the A holder), null when NORMAL
 * @param cause     why it changed (ABSENCE_STARTED, ABSENCE_ENDED, ROSTER_CHANGED, STAND_IN_NAMED, DAY_STARTED …)
 * @param until     when this state is planned to end, null when open-ended
 * @param awayReason the absent A holder's reason category (LEAVE, SICK, MEETING, TRAINING, BUSINESS_TRIP, OTHER)
 *                  for the whereabouts boards, null when A is present; never the private note
 */
public record CoverageChanged(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        String postId,
        String department,
        java.util.List<String> serviceItems,
        String state,
        String holder,
        String role,
        String actingFor,
        String cause,
        OffsetDateTime since,
        OffsetDateTime until,
        String awayReason) implements DomainEvent {

    public static final String TYPE = "CoverageChanged";
}
