-- Local projection of roster.staff.v1: the department each member of staff belongs to, so a supervisor acts only
-- within their own department.
create table staff_department (
    staff_id   varchar(40) primary key,
    department varchar(40) not null,
    active     boolean     not null,
    version    bigint      not null
);
