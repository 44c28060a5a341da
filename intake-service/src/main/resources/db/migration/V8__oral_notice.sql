-- OTN-5: a one-time notice is handed over printed or, for a simple matter, told orally; either way it is recorded,
-- on the application and in the reception register.
alter table application add column notice_delivery varchar(10);
alter table reception add column notice_delivery varchar(10);
update application set notice_delivery = 'PRINTED' where first_notice is not null;
update reception r set notice_delivery = 'PRINTED'
  from application a where r.application_id = a.id and a.first_notice is not null;
