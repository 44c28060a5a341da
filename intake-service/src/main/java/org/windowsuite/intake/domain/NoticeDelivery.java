package org.windowsuite.intake.domain;

import java.util.Set;
import org.windowsuite.common.RuleViolationException;

/**
 * OTN-5: how a one-time notice reached the applicant. Printed is the rule; a simple matter may be told orally, but
 * only to someone the clerk is speaking with — at the window or on the phone. A letter, fax, e-mail or online
 * submission is answered in writing. Either way the notice, with every item it lists, is recorded.
 */
public enum NoticeDelivery {
    PRINTED, ORAL;

    private static final Set<String> SPOKEN_CHANNELS = Set.of("WINDOW", "PHONE");

    /** The delivery a notice on {@code channel} gets when the clerk asks for {@code oral} or not. */
    public static NoticeDelivery of(boolean oral, String channel) {
        if (!oral) {
            return PRINTED;
        }
        if (!SPOKEN_CHANNELS.contains(channel)) {
            throw new RuleViolationException("OTN-5", "a notice is told orally only at the window or on the phone; "
                    + "an application by " + channel + " is answered in writing");
        }
        return ORAL;
    }
}
