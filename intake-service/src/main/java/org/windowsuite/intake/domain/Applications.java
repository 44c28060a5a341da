package org.windowsuite.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The applications and cases, as the domain asks for them; persistence implements it. */
public interface Applications {

    /** The application, or null. */
    Application byId(UUID id);

    void add(Application application);

    /** The post's open cases, soonest due first; unscheduled ones last. */
    List<Application> openOfPost(String postId);

    /** OTN-3: applications of the post waiting for what their one-time notice listed, newest first. */
    List<Application> awaitingSupplementAt(String postId);

    List<Application> closedBefore(Instant cutoff);

    /** The next number of the case-number sequence (case numbers count across items and years). */
    long nextCaseNumber();

    /**
     * Writes one clock's level, and its due time when {@code retimed}, without the case's version (an announcement
     * must never make a clerk's concurrent act fail), and the case's level as the worse of its two clocks'.
     *
     * @param clock "promised" or "statutory"
     */
    void applyClock(UUID id, String clock, String level, boolean retimed, Instant dueAt, boolean provisional);
}
