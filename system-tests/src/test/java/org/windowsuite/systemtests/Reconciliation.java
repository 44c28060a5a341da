package org.windowsuite.systemtests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.TestEvents;

/**
 * Exact reconciliation across the services after a fault: what the load had acknowledged took effect everywhere it
 * should, once.
 */
final class Reconciliation {

    record Result(int expected, int reconciled, int lost, int doubled, int deadLettered, List<String> problems) {
        boolean complete() {
            return lost == 0 && doubled == 0 && problems.isEmpty();
        }
    }

    private final FaultRig rig;
    private final MixedLoad load;

    Reconciliation(FaultRig rig, MixedLoad load) {
        this.rig = rig;
        this.load = load;
    }

    Result check() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> accepted = new ArrayList<>(load.accepted);
        List<String> transferred = new ArrayList<>(load.transferred);
        // every acceptance answered 201 has its two clocks, and intake shows both due dates
        Map<String, Integer> caseClocks = counts("deadline", "select subject_id, count(*) from deadline_clock "
                + "where subject_type = 'CASE' and subject_id = any(?) group by subject_id", accepted);
        Map<String, Integer> dueDates = counts("intake", "select cast(id as varchar), 1 from application "
                + "where cast(id as varchar) = any(?) and promised_due is not null and statutory_due is not null",
                accepted);
        int lost = 0;
        for (String id : accepted) {
            if (caseClocks.getOrDefault(id, 0) != 2 || !dueDates.containsKey(id)) {
                lost++;
            }
        }
        // every transfer has its acknowledge, contact and resolve clocks
        Map<String, Integer> transfers = counts("complaint", "select cast(t.id as varchar), 1 from transfer t "
                + "where cast(t.contact_id as varchar) = any(?)", transferred);
        Map<String, Integer> transferClocks = counts("deadline", "select subject_id, count(*) from deadline_clock "
                + "where subject_type = 'TRANSFER' and subject_id = any(?) group by subject_id",
                new ArrayList<>(transfers.keySet()));
        for (String transfer : transfers.keySet()) {
            if (transferClocks.getOrDefault(transfer, 0) != 3) {
                lost++;
            }
        }
        if (transfers.size() != transferred.size()) {
            lost += transferred.size() - transfers.size();
        }
        // every coverage change roster made is applied in both projections at its latest version
        Map<String, Integer> roster = counts("roster", "select post_id, cast(max(version) as int) from coverage_period "
                + "where post_id = any(?) group by post_id", load.posts());
        for (String svc : List.of("intake", "complaint")) {
            Map<String, Integer> projection = counts(svc, "select post_id, cast(version as int) from post_coverage "
                    + "where post_id = any(?)", load.posts());
            for (var e : roster.entrySet()) {
                if (!e.getValue().equals(projection.get(e.getKey()))) {
                    problems.add(svc + " holds coverage of " + e.getKey() + " at version " + projection.get(e.getKey())
                            + ", roster at " + e.getValue());
                }
            }
        }
        // nothing applied twice: one ACCEPTED in a case's history, one announcement per clock version
        int doubled = counts("intake", "select cast(application_id as varchar), cast(count(*) as int) from case_history "
                + "where action = 'ACCEPTED' and cast(application_id as varchar) = any(?) group by application_id "
                + "having count(*) > 1", accepted).size();
        doubled += doubledAlerts();
        int expected = accepted.size() + transferred.size();
        return new Result(expected, expected - lost, lost, doubled, deadLettered(), problems);
    }

    /** The same clock announcement (clock and version) published under two event ids: a double, not a redelivery. */
    int doubledAlerts() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<String, String> r : TestEvents.readToEnd(rig.bootstrap(),
                Topics.DEADLINE_ALERTS)) {
            DeadlineAlert a = alert(r.value());
            if (a == null) {
                continue;
            }
            ids.computeIfAbsent(a.aggregateId() + "@" + a.version(), k -> new HashSet<>()).add(a.eventId().toString());
        }
        return (int) ids.values().stream().filter(s -> s.size() > 1).count();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper EVENTS = new com.fasterxml.jackson.databind
            .ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    /** The alert a record carries; null for a record that is not one (the poison scenario's). */
    static DeadlineAlert alert(String json) {
        try {
            return EVENTS.readValue(json, DeadlineAlert.class);
        } catch (Exception unreadable) {
            return null;
        }
    }

    /** Records on every dead-letter topic. */
    int deadLettered() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, rig.bootstrap()))) {
            Set<String> dlqs = admin.listTopics().names().get().stream()
                    .filter(t -> t.endsWith(Topics.DEAD_LETTER_SUFFIX)).collect(Collectors.toSet());
            int total = 0;
            for (String dlq : dlqs) {
                total += TestEvents.readToEnd(rig.bootstrap(), dlq).size();
            }
            return total;
        }
    }

    private Map<String, Integer> counts(String svc, String sql, List<String> ids) throws Exception {
        Map<String, Integer> result = new HashMap<>();
        try (Connection c = rig.database(svc); PreparedStatement s = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return result;
    }
}
