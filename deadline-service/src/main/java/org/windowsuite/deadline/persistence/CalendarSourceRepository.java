package org.windowsuite.deadline.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.deadline.domain.CalendarSource;

@ApplicationScoped
public class CalendarSourceRepository implements PanacheRepositoryBase<CalendarSource, Integer> {
}
