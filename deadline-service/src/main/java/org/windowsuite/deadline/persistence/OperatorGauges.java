package org.windowsuite.deadline.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.windowsuite.outbox.CountGauges;

/** What the operators' alerts read of the clocks: warning and overdue clocks per department (SC-2.3, SC-2.5). */
@ApplicationScoped
public class OperatorGauges {

    void define(@Observes StartupEvent start, CountGauges gauges) {
        gauges.define("window_clocks_overdue", "running or paused clocks past their due time", "department",
                "select department, count(*) from deadline_clock where level = 'OVERDUE' and state <> 'STOPPED' "
                        + "group by department");
        gauges.define("window_clocks_warning", "running or paused clocks in their warning period", "department",
                "select department, count(*) from deadline_clock where level = 'WARNING' and state <> 'STOPPED' "
                        + "group by department");
    }
}
