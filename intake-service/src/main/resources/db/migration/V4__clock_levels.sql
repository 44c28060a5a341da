-- The level of each clock as deadline-service last announced it; deadline_level is the worse of the two.
alter table application add column promised_level varchar(20);
alter table application add column statutory_level varchar(20);
