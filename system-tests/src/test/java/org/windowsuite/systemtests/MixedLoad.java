package org.windowsuite.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A steady mix of what the station does, at a constant rate (a slow answer never delays the next request):
 * applications (intake), absences and their ends (roster, changing coverage everywhere), contacts with a transfer
 * (complaint). Remembers what was acknowledged, so a fault test can check that every bit of it took effect.
 */
final class MixedLoad {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static final ObjectMapper JSON = new ObjectMapper();

    record Station(String post, String a, String b, String item) {
    }

    private final FaultRig rig;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Station> stations = new ArrayList<>();
    private final String owner;
    /** The stations' department's supervisor, who applies and registers absences (within D01 only). */
    private final String supervisor;
    private final Map<String, String> openAbsences = new ConcurrentHashMap<>();
    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    final Set<String> transferred = ConcurrentHashMap.newKeySet();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger acknowledged = new AtomicInteger();
    /** Answers other than the normal one, by status ("000" for no answer at all), with an example each. */
    final Map<String, String> abnormal = new ConcurrentHashMap<>();
    final AtomicInteger abnormalCount = new AtomicInteger();
    private volatile Supplier<String> intakeUrl;

    MixedLoad(FaultRig rig, int posts) throws Exception {
        this.rig = rig;
        this.intakeUrl = () -> rig.url("intake");
        String run = UUID.randomUUID().toString().substring(0, 5);
        owner = "FO" + run;
        String admin = rig.token("A000", "admin");
        call("roster", "POST", "/api/roster/staff", admin, Map.of("id", owner, "name", "首问", "department", "D01",
                "rank", 3), 201);
        supervisor = "FS" + run;
        call("roster", "POST", "/api/roster/staff", admin, Map.of("id", supervisor, "name", "科长", "department",
                "D01", "rank", 6), 201);
        String today = java.time.LocalDate.now(OFFICE).toString();
        for (int i = 0; i < posts; i++) {
            Station s = new Station("FP" + run + i, "FA" + run + i, "FB" + run + i, "FI" + run + i);
            for (String staff : List.of(s.a(), s.b())) {
                call("roster", "POST", "/api/roster/staff", admin, Map.of("id", staff, "name", "窗口", "department",
                        "D01", "rank", 2), 201);
            }
            call("roster", "POST", "/api/roster/posts", admin, Map.of("id", s.post(), "name", "窗口", "department",
                    "D01", "serviceItems", List.of(s.item())), 201);
            call("roster", "PUT", "/api/roster/posts/" + s.post() + "/roster/" + today, admin, Map.of("a", s.a(),
                    "b", s.b()), 200);
            call("intake", "POST", "/api/intake/service-items", admin, Map.of("code", s.item(), "name", "事项",
                    "department", "D01", "basis", "条例", "promisedDays", 5, "statutoryDays", 20, "materials",
                    List.of(Map.of("code", "M1", "name", "身份证", "required", true))), 201);
            stations.add(s);
        }
        await(() -> stations.stream().allMatch(s -> status("intake", "/api/intake/posts/" + s.post() + "/coverage")
                == 200 && status("complaint", "/api/complaints/staff/" + s.a()) == 200)
                && status("complaint", "/api/complaints/staff/" + owner) == 200, Duration.ofSeconds(60));
    }

    /** Sends to every intake replica in turn from now on. */
    void spreadIntakeOver(List<ServiceProcess> replicas) {
        AtomicInteger next = new AtomicInteger();
        intakeUrl = () -> replicas.get(Math.floorMod(next.getAndIncrement(), replicas.size())).url();
    }

    void intakeOnFirstReplica() {
        intakeUrl = () -> rig.url("intake");
    }

    /** Runs {@code during} while the load goes on at {@code perSecond} requests a second, then lets it finish. */
    void run(int perSecond, Duration warmUp, Fault during, Duration coolDown) throws Exception {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        AtomicInteger tick = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int t = tick.getAndIncrement();
            senders.submit(() -> one(t));
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        try {
            Thread.sleep(warmUp.toMillis());
            during.happen();
            Thread.sleep(coolDown.toMillis());
        } finally {
            clock.shutdownNow();
            senders.shutdown();
            senders.awaitTermination(60, TimeUnit.SECONDS);
        }
    }

    interface Fault {
        void happen() throws Exception;
    }

    private void one(int tick) {
        Station s = stations.get(Math.floorMod(tick, stations.size()));
        int kind = Math.floorMod(tick, 8);
        if (kind == 7) {
            return;
        }
        sent.incrementAndGet();
        try {
            switch (kind) {
                case 5 -> absence(s);
                case 6 -> contact(s);
                default -> application(s);
            }
        } catch (Exception e) {
            abnormal("000", e.toString());
        }
    }

    private void application(Station s) throws Exception {
        Map<String, Object> body = Map.of("serviceItemCode", s.item(), "channel", "WINDOW", "materials",
                List.of(Map.of("code", "M1", "status", "PRESENT")), "applicant", Map.of("type", "PERSON",
                        "idNumber", "110101199001011234", "name", "张三", "phone", "138"));
        HttpResponse<String> r = send(intakeUrl.get(), "POST", "/api/intake/applications",
                rig.token(supervisor, "supervisor"), body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (r.statusCode() == 201) {
            acknowledged.incrementAndGet();
            JsonNode answer = JSON.readTree(r.body());
            if ("ACCEPTED".equals(answer.path("outcome").asText())) {
                accepted.add(answer.path("id").asText());
            }
        } else {
            abnormal(r);
        }
    }

    private void absence(Station s) throws Exception {
        String token = rig.token(supervisor, "supervisor");
        String open = openAbsences.get(s.post());
        HttpResponse<String> r;
        if (open == null) {
            // from the next second: never overlapping the absence this load ended a moment ago
            OffsetDateTime from = OffsetDateTime.now(OFFICE).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            r = send(rig.url("roster"), "POST", "/api/roster/absences", token, Map.of("staffId", s.a(), "from",
                    from.toString(), "to", from.plusHours(2).toString(), "reason", "LEAVE"), Map.of());
            if (r.statusCode() == 201) {
                openAbsences.put(s.post(), JSON.readTree(r.body()).path("id").asText());
            } else if (r.statusCode() == 409) {
                // an earlier request whose answer was lost in a fault did create it: the domain says so
                acknowledged.incrementAndGet();
                return;
            }
        } else {
            r = send(rig.url("roster"), "POST", "/api/roster/absences/" + open + "/end", token, null, Map.of());
            if (r.statusCode() / 100 == 2) {
                openAbsences.remove(s.post());
            } else if (r.statusCode() == 409 && r.body().contains("is ENDED")) {
                // the end whose answer a fault lost did take effect: the domain says so
                openAbsences.remove(s.post());
                acknowledged.incrementAndGet();
                return;
            }
        }
        if (r.statusCode() / 100 == 2) {
            acknowledged.incrementAndGet();
        } else {
            abnormal(r);
        }
    }

    private void contact(Station s) throws Exception {
        String token = rig.token(owner, "clerk");
        HttpResponse<String> r = send(rig.url("complaint"), "POST", "/api/complaints/contacts", token, Map.of("kind",
                "QUERY", "channel", "VISIT", "firstReceiver", owner, "client", Map.of("unit", "某公司", "name", "钱七",
                        "phone", "137"), "matter", "查询办理进度"), Map.of());
        if (r.statusCode() != 201) {
            abnormal(r);
            return;
        }
        String id = JSON.readTree(r.body()).path("id").asText();
        r = send(rig.url("complaint"), "POST", "/api/complaints/contacts/" + id + "/transfer", token,
                Map.of("to", s.a(), "note", "请联系客户"), Map.of());
        if (r.statusCode() == 200) {
            acknowledged.incrementAndGet();
            transferred.add(id);
        } else {
            abnormal(r);
        }
    }

    private void abnormal(HttpResponse<String> r) {
        abnormal(String.valueOf(r.statusCode()), r.request().uri().getPath() + " " + r.headers().map() + " "
                + r.body());
    }

    private void abnormal(String status, String example) {
        abnormalCount.incrementAndGet();
        abnormal.putIfAbsent(status, example);
    }

    private HttpResponse<String> send(String base, String method, String path, String token, Object body,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", token);
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void call(String svc, String method, String path, String token, Object body, int expected)
            throws Exception {
        HttpResponse<String> r = send(rig.url(svc), method, path, token, body, Map.of());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private int status(String svc, String path) {
        try {
            return send(rig.url(svc), "GET", path, rig.token("A000", "admin"), null, Map.of()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    static void await(Supplier<Boolean> condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached within " + limit);
            }
            Thread.sleep(250);
        }
    }

    List<String> posts() {
        return stations.stream().map(Station::post).toList();
    }

    /** Forgets the counts (not what was acknowledged): each scenario reports its own requests. */
    void resetCounts() {
        sent.set(0);
        acknowledged.set(0);
        abnormal.clear();
        abnormalCount.set(0);
    }
}
