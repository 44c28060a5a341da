BEGIN;
INSERT INTO application (id, payload) VALUES (gen_random_uuid(), '{"serviceItemCode":"BENCH","channel":"WINDOW","applicant":{"type":"PERSON","name":"张三"},"materials":[{"code":"M1","status":"PRESENT"}]}');
INSERT INTO outbox_event (event_id, topic, payload) VALUES (gen_random_uuid(), 'intake.cases.v1', '{"type":"CaseChanged","change":"ACCEPTED","caseNumber":"BENCH-2026-000001"}');
END;
