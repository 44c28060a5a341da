package org.windowsuite.intake.domain;

import java.time.Instant;
import java.util.List;

/** WP-8: the reception register; persistence implements it. */
public interface Receptions {

    void add(Reception reception);

    /** Receptions in [from, to) in the order they happened; with {@code difficultOnly}, SC-2.5's difficult ones. */
    List<Reception> between(Instant from, Instant to, boolean difficultOnly);
}
