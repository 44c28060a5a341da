-- AB-1: every range of A/B set over working days is kept, and each day it produced points back to it, so that a
-- newly published (or corrected) holiday schedule re-derives the range's working days: a make-up day gets its A and
-- B, a day that became a holiday loses the row the range gave it. Days set one by one (range_id null) are kept.
create table roster_range (
    id       bigserial   primary key,
    post_id  varchar(40) not null references post (id),
    from_day date        not null,
    to_day   date        not null,
    a_holder varchar(40) not null references staff (id),
    b_holder varchar(40) not null references staff (id),
    set_at   timestamptz not null,
    check (to_day >= from_day)
);
create index roster_range_by_days on roster_range (to_day, from_day);
alter table roster_day add column range_id bigint references roster_range (id);
create index roster_day_by_range on roster_day (range_id) where range_id is not null;
