package org.windowsuite.deadline.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.common.calendar.WorkingCalendar;
import org.windowsuite.deadline.domain.CalendarService;
import org.windowsuite.deadline.domain.HolidaySchedule;

/**
 * China's working-day calendar (SC-2.3). Reads are public: the portal shows citizens their due dates. Every answer
 * says whether it counted a provisional day (a year whose schedule is not published, projected from the holiday law).
 */
@Path("/api/deadlines/calendar")
public class CalendarResource {

    private final CalendarService calendar;
    private final SecurityIdentity identity;

    public CalendarResource(CalendarService calendar, SecurityIdentity identity) {
        this.calendar = calendar;
        this.identity = identity;
    }

    public record DayView(LocalDate date, boolean workingDay, String name, boolean makeUpDay, boolean provisional) {
    }

    public record AddView(LocalDate from, int workingDays, LocalDate date, boolean provisional) {
    }

    public record BetweenView(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
    }

    /** A published year (source SHIPPED or UPLOAD) or a provisional one (source HOLIDAY_LAW, nothing loaded). */
    public record YearView(int year, boolean provisional, String source, String loadedBy, Instant loadedAt) {
    }

    public record LoadedView(int year, long version, int days) {
    }

    @GET
    @Path("/days/{date}")
    @PermitAll
    public DayView day(@PathParam("date") LocalDate date) {
        WorkingCalendar c = calendar.calendar();
        CalendarDay listed = c.listed(date);
        return new DayView(date, c.isWorkingDay(date), listed == null ? null : listed.name(), c.isMakeUpDay(date),
                c.isProvisional(date));
    }

    /** The n-th working day after {@code from}; the start day never counts. */
    @GET
    @Path("/add")
    @PermitAll
    public AddView add(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("workingDays") @NotNull @Min(0) Integer workingDays) {
        WorkingCalendar c = calendar.calendar();
        LocalDate date = c.add(from, workingDays);
        return new AddView(from, workingDays, date, c.anyProvisional(from, date));
    }

    @GET
    @Path("/between")
    @PermitAll
    public BetweenView between(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        WorkingCalendar c = calendar.calendar();
        return new BetweenView(from, to, c.between(from, to), c.anyProvisional(from, to));
    }

    @GET
    @Path("/years")
    @PermitAll
    public List<YearView> years() {
        List<YearView> years = new java.util.ArrayList<>(calendar.loadedYears().stream()
                .map(s -> new YearView(s.year, false, s.source, s.loadedBy, s.loadedAt)).toList());
        calendar.calendar().provisionalYears().forEach(y -> years.add(new YearView(y, true, "HOLIDAY_LAW", null, null)));
        years.sort(java.util.Comparator.comparingInt(YearView::year));
        return years;
    }

    /** Loads a newly published or corrected year at runtime, in the holiday-cn format. */
    @PUT
    @Path("/years/{year}")
    @RolesAllowed("admin")
    public LoadedView load(@PathParam("year") int year, @NotNull HolidaySchedule schedule) {
        long version = calendar.upload(new org.windowsuite.common.Actor(identity.getPrincipal().getName(), identity.getRoles()), year, schedule);
        return new LoadedView(year, version, schedule.days().size());
    }
}
