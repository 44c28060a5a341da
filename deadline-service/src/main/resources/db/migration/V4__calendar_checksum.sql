-- The SHA-256 of the file a year was loaded from (shipped data or the calendar ConfigMap): the same file is never
-- loaded twice, however many replicas look at it or how often.
alter table calendar_source add column checksum varchar(64);
