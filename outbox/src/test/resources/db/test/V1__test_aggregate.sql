create table test_aggregate (
    id    varchar(40) primary key,
    state varchar(40) not null
);
