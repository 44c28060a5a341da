-- Local projection of roster.staff.v1: names, departments and ranks for first-inquiry ownership (FI-1).
create table staff_directory (
    staff_id   varchar(40) primary key,
    name       varchar(200) not null,
    department varchar(40)  not null,
    rank       integer      not null,
    active     boolean      not null,
    version    bigint       not null
);
