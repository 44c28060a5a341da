-- A due time that counted a day of a year whose holiday schedule is not published yet is an estimate (projected
-- from the holiday law) until the schedule is loaded and the clock re-timed.
alter table deadline_clock add column due_provisional boolean not null default false;
create index deadline_clock_provisional on deadline_clock (due_day) where due_provisional and state <> 'STOPPED';
