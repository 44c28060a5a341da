-- Where each loaded year came from: the shipped data or an operator's upload (with the notice links).
create table calendar_source (
    year      integer      primary key references calendar_year (year),
    source    varchar(20)  not null,
    papers    text,
    loaded_by varchar(40)  not null,
    loaded_at timestamptz  not null
);
