package org.windowsuite.roster.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.windowsuite.outbox.CountGauges;

/** What the operators' alerts read of the roster: posts nobody holds now, per department (AB-3). */
@ApplicationScoped
public class OperatorGauges {

    void define(@Observes StartupEvent start, CountGauges gauges) {
        gauges.define("window_posts_empty", "posts whose A and B holders are both away now", "department",
                "select p.department, count(*) from coverage_period c join post p on p.id = c.post_id "
                        + "where c.ended_at is null and c.state = 'EMPTY' group by p.department");
    }
}
