package org.windowsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.DatabaseDigest;
import org.windowsuite.testing.TestEvents;

/**
 * Faults lose nothing: each scenario drives a steady mixed load through the packaged services, breaks something
 * real (the broker, a service process, the database, the messages themselves, a replica) and then reconciles
 * exactly across the services. One line per scenario:
 * {@code fault <name>: sent N, acknowledged N, reconciled N, lost 0, doubled 0, dead-lettered 0, recovery <ms>}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    static final int RATE = 12;
    static final List<String> CONSUMED = List.of(Topics.CALENDAR_YEARS, Topics.ROSTER_COVERAGE, Topics.ROSTER_STAFF,
            Topics.ROSTER_ALARMS, Topics.INTAKE_CASES, Topics.COMPLAINT_CONTACTS, Topics.DEADLINE_ALERTS,
            Topics.ACCOUNTABILITY_VIOLATIONS);
    /** How many services consume each topic: each dead-letters a poison message of it once. */
    static final Map<String, Integer> CONSUMERS = Map.of(Topics.CALENDAR_YEARS, 1, Topics.ROSTER_COVERAGE, 2,
            Topics.ROSTER_STAFF, 3, Topics.ROSTER_ALARMS, 1, Topics.INTAKE_CASES, 1, Topics.COMPLAINT_CONTACTS, 1,
            Topics.DEADLINE_ALERTS, 2, Topics.ACCOUNTABILITY_VIOLATIONS, 1);

    static FaultRig rig;
    static MixedLoad load;
    static Reconciliation reconciliation;

    @BeforeAll
    static void startRig() throws Exception {
        rig = new FaultRig();
        rig.start();
        load = new MixedLoad(rig, 3);
        reconciliation = new Reconciliation(rig, load);
    }

    @AfterAll
    static void stopRig() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    @Order(1)
    void brokerDownUnderLoadEveryRequestIsAnsweredAndEverythingFlowsAfter() throws Exception {
        int deadBefore = reconciliation.deadLettered();
        long[] ended = new long[1];
        load.resetCounts();
        load.run(RATE, Duration.ofSeconds(5), () -> {
            rig.broker().kill();
            Thread.sleep(30_000);
            rig.broker().start();
            ended[0] = System.nanoTime();
        }, Duration.ofSeconds(5));
        assertThat(load.abnormal).as("every request during the outage gets its normal answer").isEmpty();
        reconcile("broker-down", ended[0], deadBefore);
    }

    @Test
    @Order(2)
    void aServiceKilledMidLoadLosesNoAcknowledgedRequestAndAppliesNothingTwice() throws Exception {
        int deadBefore = reconciliation.deadLettered();
        long[] ended = new long[1];
        load.resetCounts();
        load.run(RATE, Duration.ofSeconds(3), () -> {
            for (String svc : FaultRig.SERVICES) {
                ServiceProcess p = rig.replica(svc, 0);
                p.kill();
                Thread.sleep(2_000);
                p.start().awaitReady(Duration.ofSeconds(90));
                Thread.sleep(3_000);
            }
            ended[0] = System.nanoTime();
        }, Duration.ofSeconds(5));
        // only the killed service's own requests go unanswered meanwhile; nothing answers 500
        assertThat(load.abnormal.keySet()).as(load.abnormal.toString()).allMatch(s -> s.equals("000"));
        reconcile("sigkill", ended[0], deadBefore);
    }

    @Test
    @Order(3)
    void aDatabaseRestartIsA503WithRetryAfterAndTheServicesRecoverWithoutARestart() throws Exception {
        int deadBefore = reconciliation.deadLettered();
        long[] ended = new long[1];
        boolean[] readyDuringOutage = {true};
        load.resetCounts();
        load.run(RATE, Duration.ofSeconds(3), () -> {
            rig.postgres().stopServer();
            Thread.sleep(4_000);
            readyDuringOutage[0] = rig.replica("intake", 0).ready();
            Thread.sleep(6_000);
            rig.postgres().startServer();
            ended[0] = System.nanoTime();
        }, Duration.ofSeconds(10));
        assertThat(readyDuringOutage[0]).as("intake reports not-ready while its database is away").isFalse();
        assertThat(load.abnormal.keySet()).as(load.abnormal.toString()).doesNotContain("500").contains("503");
        assertThat(load.abnormal.get("503")).contains("retry-after").contains("application/problem+json");
        for (String svc : FaultRig.SERVICES) {
            MixedLoad.await(() -> rig.replica(svc, 0).ready(), Duration.ofSeconds(60));
        }
        reconcile("postgres-restart", ended[0], deadBefore);
    }

    @Test
    @Order(4)
    void replayingEveryTopicChangesNothingAndAnOlderCoverageVersionIsIgnored() throws Exception {
        int deadBefore = reconciliation.deadLettered();
        load.resetCounts();
        load.run(RATE, Duration.ofSeconds(5), () -> { }, Duration.ofSeconds(0));
        awaitReconciled(Duration.ofSeconds(120));
        awaitNoLag();
        Map<String, String> before = snapshot();
        long started = System.nanoTime();
        int replayed = 0;
        for (String topic : CONSUMED) {
            List<ConsumerRecord<String, String>> records = TestEvents.readToEnd(rig.bootstrap(), topic);
            TestEvents.resend(rig.bootstrap(), topic, records);
            replayed += records.size();
        }
        // an old coverage version, as a delayed or reordered delivery brings it: a new event id, an older version
        String post = load.posts().get(0);
        ConsumerRecord<String, String> first = TestEvents.readToEnd(rig.bootstrap(), Topics.ROSTER_COVERAGE).stream()
                .filter(r -> post.equals(r.key())).findFirst().orElseThrow();
        var old = (com.fasterxml.jackson.databind.node.ObjectNode) MixedLoad.JSON.readTree(first.value());
        old.put("eventId", UUID.randomUUID().toString());
        TestEvents.send(rig.bootstrap(), Topics.ROSTER_COVERAGE, post, MixedLoad.JSON.writeValueAsString(old));
        awaitNoLag();
        assertThat(snapshot()).as("state after replaying " + replayed + " records").isEqualTo(before);
        Reconciliation.Result r = reconciliation.check();
        assertThat(r.complete()).as(r.toString()).isTrue();
        report("replay-reorder", r, (System.nanoTime() - started) / 1_000_000, r.deadLettered() - deadBefore);
        assertThat(r.deadLettered()).isEqualTo(deadBefore);
    }

    @Test
    @Order(5)
    void aPoisonMessageOnEveryTopicIsDeadLetteredWithItsReasonAndTheConsumersGoOn() throws Exception {
        Map<String, Integer> before = new HashMap<>();
        for (String topic : CONSUMED) {
            before.put(topic, TestEvents.readToEnd(rig.bootstrap(), topic + Topics.DEAD_LETTER_SUFFIX).size());
            TestEvents.send(rig.bootstrap(), topic, "poison", "{not json");
        }
        long[] ended = {System.nanoTime()};
        int expected = 0;
        for (String topic : CONSUMED) {
            int want = before.get(topic) + CONSUMERS.get(topic);
            expected += CONSUMERS.get(topic);
            String dlq = topic + Topics.DEAD_LETTER_SUFFIX;
            MixedLoad.await(() -> TestEvents.readToEnd(rig.bootstrap(), dlq).size() >= want, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> dead = TestEvents.readToEnd(rig.bootstrap(), dlq);
            assertThat(dead).as(dlq).hasSize(want);
            assertThat(dead.get(dead.size() - 1).headers().lastHeader("dead-letter-reason")).as(dlq).isNotNull();
        }
        load.resetCounts();
        load.run(RATE, Duration.ofSeconds(10), () -> { }, Duration.ofSeconds(0));
        Reconciliation.Result r = awaitReconciled(Duration.ofSeconds(120));
        int deadLettered = r.deadLettered() - before.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(deadLettered).as("exactly the poison, once per consumer").isEqualTo(expected);
        report("poison", r, (System.nanoTime() - ended[0]) / 1_000_000, deadLettered);
    }

    @Test
    @Order(6)
    void twoReplicasRelayAndScanOnceAndLosingOneLosesNothing() throws Exception {
        int deadBefore = reconciliation.deadLettered();
        rig.startReplica("intake").awaitReady(Duration.ofSeconds(90));
        rig.startReplica("deadline").awaitReady(Duration.ofSeconds(90));
        load.spreadIntakeOver(rig.replicas("intake"));
        Map<TopicPartition, Long> start = endOffsets(Topics.INTAKE_CASES, Topics.DEADLINE_ALERTS);
        Map<TopicPartition, Long>[] beforeKill = new Map[1];
        long[] ended = new long[1];
        OffsetDateTime later = OffsetDateTime.now(MixedLoad.OFFICE).plusDays(40);
        load.resetCounts();
        try {
            load.run(RATE, Duration.ofSeconds(8), () -> {
                // both replicas' clock scans see every promised clock past due at once
                for (ServiceProcess deadline : rig.replicas("deadline")) {
                    setClock(deadline, later);
                }
                Thread.sleep(8_000);
                beforeKill[0] = endOffsets(Topics.INTAKE_CASES, Topics.DEADLINE_ALERTS);
                load.spreadIntakeOver(List.of(rig.replica("intake", 0)));
                rig.replica("intake", 1).kill();
                rig.replica("deadline", 1).kill();
                ended[0] = System.nanoTime();
            }, Duration.ofSeconds(8));
        } finally {
            setClock(rig.replica("deadline", 0), null);
            load.intakeOnFirstReplica();
        }
        assertThat(load.abnormal.keySet()).as(load.abnormal.toString()).allMatch(s -> s.equals("000"));
        // no event relayed twice while both replicas ran, no clock transition announced twice
        assertThat(repeatedEventIds(start, beforeKill[0])).as("events relayed twice").isZero();
        Map<String, Set<String>> overdue = new HashMap<>();
        for (ConsumerRecord<String, String> rec : TestEvents.readToEnd(rig.bootstrap(), Topics.DEADLINE_ALERTS)) {
            DeadlineAlert a = Reconciliation.alert(rec.value());
            if (a != null && a.alert().equals("OVERDUE")) {
                overdue.computeIfAbsent(a.aggregateId(), k -> new HashSet<>()).add(a.eventId().toString());
            }
        }
        assertThat(overdue).as("the clock scans of both replicas ran").isNotEmpty();
        assertThat(overdue.values()).as("one OVERDUE per clock").allMatch(ids -> ids.size() == 1);
        reconcile("two-replicas", ended[0], deadBefore);
    }

    private void reconcile(String name, long faultEnded, int deadBefore) throws Exception {
        Reconciliation.Result r = awaitReconciled(Duration.ofSeconds(300));
        report(name, r, (System.nanoTime() - faultEnded) / 1_000_000, r.deadLettered() - deadBefore);
        assertThat(r.deadLettered()).as("nothing dead-lettered").isEqualTo(deadBefore);
    }

    private Reconciliation.Result awaitReconciled(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Reconciliation.Result r = checkOrNull();
        while ((r == null || !r.complete()) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            r = checkOrNull();
        }
        if (r == null) {
            r = reconciliation.check();
        }
        assertThat(r.lost()).as("lost: " + r).isZero();
        assertThat(r.doubled()).as("doubled: " + r).isZero();
        assertThat(r.problems()).as(r.toString()).isEmpty();
        return r;
    }

    /** A look at every database and topic; null while the just-recovered broker cannot answer one in time. */
    private static Reconciliation.Result checkOrNull() throws Exception {
        try {
            return reconciliation.check();
        } catch (org.apache.kafka.common.errors.TimeoutException brokerStillRecovering) {
            return null;
        }
    }

    private static void report(String name, Reconciliation.Result r, long recoveryMs, int deadLettered) {
        System.out.printf("fault %s: sent %d, acknowledged %d, reconciled %d, lost %d, doubled %d, dead-lettered %d, "
                + "recovery %d ms%n", name, load.sent.get(), load.acknowledged.get(), r.reconciled(), r.lost(),
                r.doubled(), deadLettered, recoveryMs);
    }

    /** Every consumer group has read every topic to its end. */
    private static void awaitNoLag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, rig.bootstrap()))) {
            MixedLoad.await(() -> {
                try {
                    for (ConsumerGroupListing g : admin.listConsumerGroups().all().get()) {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin
                                .listConsumerGroupOffsets(g.groupId()).partitionsToOffsetAndMetadata().get();
                        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                        var ends = admin.listOffsets(latest).all().get();
                        for (var e : committed.entrySet()) {
                            if (e.getValue() == null || e.getValue().offset() < ends.get(e.getKey()).offset()) {
                                return false;
                            }
                        }
                    }
                    return true;
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(120));
        }
    }

    /** A digest of every domain table of every service. */
    private static Map<String, String> snapshot() throws Exception {
        Map<String, String> digests = new HashMap<>();
        for (String svc : FaultRig.SERVICES) {
            try (Connection c = rig.database(svc)) {
                DatabaseDigest.of(c).forEach((table, digest) -> digests.put(svc + "." + table, digest));
            }
        }
        return digests;
    }

    private static Map<TopicPartition, Long> endOffsets(String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, rig.bootstrap()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var d : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        }
    }

    /** Records in [from, to) of each partition whose event id came before in that window. */
    private static int repeatedEventIds(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        int repeated = 0;
        for (String topic : List.of(Topics.INTAKE_CASES, Topics.DEADLINE_ALERTS)) {
            Set<String> seen = new HashSet<>();
            for (ConsumerRecord<String, String> r : TestEvents.readToEnd(rig.bootstrap(), topic)) {
                TopicPartition tp = new TopicPartition(topic, r.partition());
                if (r.offset() >= from.getOrDefault(tp, 0L) && r.offset() < to.getOrDefault(tp, 0L)) {
                    String id = eventId(r.value());
                    if (id != null && !seen.add(id)) {
                        repeated++;
                    }
                }
            }
        }
        return repeated;
    }

    private static String eventId(String json) {
        try {
            return MixedLoad.JSON.readTree(json).path("eventId").asText(null);
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static void setClock(ServiceProcess p, OffsetDateTime at) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.url() + "/admin/clock"))
                .header("Authorization", rig.token("A000", "admin")).header("Content-Type", "application/json");
        b = at == null ? b.DELETE() : b.PUT(HttpRequest.BodyPublishers.ofString("{\"at\":\"" + at + "\"}"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
