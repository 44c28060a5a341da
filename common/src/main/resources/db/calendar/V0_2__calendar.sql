-- Working-day calendar: the State Council's schedules by notice year (deadline-service owns them; the others
-- keep this same shape as a projection of calendar.years.v1). A correction replaces a year whole.
create table calendar_year (
    year    integer primary key,
    version bigint  not null
);

create table calendar_day (
    year    integer not null references calendar_year (year),
    day     date    not null,
    name    varchar(50),
    off_day boolean not null,
    primary key (year, day)
);
