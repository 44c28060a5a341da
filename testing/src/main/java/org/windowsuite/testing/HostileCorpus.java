package org.windowsuite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates hostile variants of valid requests — every one of which a service must refuse with a 4xx
 * {@code application/problem+json}, never a 5xx and never by writing anything: control characters, overlong and
 * wrongly typed values in every field, fractions and overflows for whole numbers, impossible and out-of-range dates,
 * oversized lists and maps, bodies that are not JSON, too large or of another media type, and ids in the path that no
 * URL should carry.
 *
 * <p>An endpoint is described by a valid request: its path marks each id segment in braces ({@code
 * /api/roster/staff/{S001}}), its body is valid JSON. Fields listed as maps also get a thousand extra keys.
 */
public final class HostileCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID_SEGMENT = Pattern.compile("\\{([^}]*)}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final String LONG = "x".repeat(100_000);
    private static final List<String> BAD_IDS = List.of("a..b", "a%2Fb", "a%00b", "a%0d%0ab", "x".repeat(300),
            "%E2%80%AEevil", "a%20b", "a%09b", "a%1Bb", "a%7Fb", "%C2%85a");
    /** Control characters of every kind that must never be stored (tab and line breaks are text). */
    private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f",
            "\u001B", "\u007F", "\u0085", "\u202E", "\u2066");
    /** The same, as a query or path value carries them; line breaks are refused there too. */
    private static final List<String> ENCODED = List.of("%00", "%01", "%07", "%08", "%0A", "%0D", "%1B", "%7F",
            "%C2%85", "%E2%80%AE", "%09");

    public record Endpoint(String method, String path, String body, Set<String> mapFields, boolean bodyOptional) {

        public Endpoint(String method, String path, String body, Set<String> mapFields) {
            this(method, path, body, mapFields, false);
        }

        public Endpoint(String method, String path, String body) {
            this(method, path, body, Set.of(), false);
        }

        /** The same endpoint, where a request without a body is valid too (so "empty" is no mutation). */
        public Endpoint withOptionalBody() {
            return new Endpoint(method, path, body, mapFields, true);
        }
    }

    public record Request(String label, String method, String path, String contentType, String body) {
    }

    public record Outcome(Request request, int status, String contentType, String body) {

        /** Refused as a client error, said as a problem. */
        public boolean refusedProperly() {
            return status >= 400 && status < 500 && contentType != null
                    && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            String b = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return request.label() + " " + request.method() + " " + shorten(request.path()) + " -> " + status + " "
                    + contentType + " " + b;
        }
    }

    private HostileCorpus() {
    }

    public static List<Request> of(List<Endpoint> endpoints) {
        List<Request> all = new ArrayList<>();
        endpoints.forEach(e -> all.addAll(of(e)));
        return all;
    }

    public static List<Request> of(Endpoint e) {
        List<Request> requests = new ArrayList<>();
        String path = valid(e.path());
        int query = path.indexOf('?');
        if (query > 0) {
            for (String param : path.substring(query + 1).split("&")) {
                String name = param.substring(0, param.indexOf('='));
                for (String bad : queryValues()) {
                    requests.add(new Request("query " + name + " " + bad, e.method(), path.replace(param,
                            name + "=" + bad), e.body() == null ? null : "application/json", e.body()));
                }
            }
        }
        Matcher ids = ID_SEGMENT.matcher(e.path());
        while (ids.find()) {
            for (String bad : BAD_IDS) {
                String mutated = valid(e.path().substring(0, ids.start()) + bad + e.path().substring(ids.end()));
                requests.add(new Request("id " + bad, e.method(), mutated, e.body() == null ? null : "application/json",
                        e.body()));
            }
        }
        if (e.body() == null) {
            return requests;
        }
        requests.add(new Request("text/plain", e.method(), path, "text/plain", e.body()));
        requests.add(new Request("form", e.method(), path, "application/x-www-form-urlencoded", "a=b"));
        requests.add(new Request("not json", e.method(), path, "application/json", "{\"a\":"));
        requests.add(new Request("array", e.method(), path, "application/json", "[]"));
        if (!e.bodyOptional()) {
            requests.add(new Request("empty", e.method(), path, "application/json", ""));
        }
        requests.add(new Request("too large", e.method(), path, "application/json",
                "{\"padding\":\"" + "y".repeat(300 * 1024) + "\"}"));
        JsonNode body = read(e.body());
        mutate(body, "", e.mapFields(), mutated -> requests.add(new Request(mutated.label(), e.method(), path,
                "application/json", mutated.body())));
        return requests;
    }

    private static List<String> queryValues() {
        List<String> values = new ArrayList<>();
        ENCODED.forEach(c -> values.add("a" + c + "b"));
        values.add("x".repeat(5000));
        return values;
    }

    private record Mutated(String label, String body) {
    }

    /** Every mutation of every field, each applied alone to a fresh copy of the valid body. */
    private static void mutate(JsonNode root, String prefix, Set<String> maps, Consumer<Mutated> out) {
        List<String> fields = new ArrayList<>();
        collect(root, "", fields);
        for (String field : fields) {
            JsonNode value = at(root, field);
            for (Replacement r : replacements(value, maps.contains(field))) {
                JsonNode copy = root.deepCopy();
                set(copy, field, r.value());
                out.accept(new Mutated(field + " " + r.label(), copy.toString()));
            }
        }
    }

    private record Replacement(String label, JsonNode value) {
    }

    private static List<Replacement> replacements(JsonNode value, boolean map) {
        List<Replacement> r = new ArrayList<>();
        if (value.isTextual()) {
            String s = value.asText();
            for (int i = 0; i < CONTROLS.size(); i++) {
                String c = CONTROLS.get(i);
                String mutated = i % 2 == 0 ? s + c : c + s;
                r.add(new Replacement("U+" + String.format("%04X", (int) c.charAt(0)), JSON.getNodeFactory()
                        .textNode(mutated)));
            }
            r.add(new Replacement("100k", JSON.getNodeFactory().textNode(LONG)));
            r.add(new Replacement("number", JSON.getNodeFactory().numberNode(7)));
            r.add(new Replacement("array", JSON.createArrayNode().add(s)));
            r.add(new Replacement("object", JSON.createObjectNode().put("a", 1)));
            if (DATE_TIME.matcher(s).matches()) {
                r.add(new Replacement("year 99999", JSON.getNodeFactory().textNode("+99999-01-01T00:00:00Z")));
                r.add(new Replacement("25:00", JSON.getNodeFactory().textNode(s.substring(0, 10) + "T25:00:00+08:00")));
                r.add(new Replacement("year 1800", JSON.getNodeFactory().textNode("1800-01-01T00:00:00+08:00")));
            } else if (DATE.matcher(s).matches()) {
                r.add(new Replacement("year 99999", JSON.getNodeFactory().textNode("+99999-01-01")));
                r.add(new Replacement("30 February", JSON.getNodeFactory().textNode("2026-02-30")));
                r.add(new Replacement("year 1800", JSON.getNodeFactory().textNode("1800-01-01")));
                r.add(new Replacement("year -999999999", JSON.getNodeFactory().textNode("-999999999-01-01")));
            }
        } else if (value.isIntegralNumber()) {
            r.add(new Replacement("2.9", JSON.getNodeFactory().numberNode(2.9)));
            r.add(new Replacement("overflow", JSON.getNodeFactory().numberNode(new java.math.BigInteger("2147483648"))));
            r.add(new Replacement("text", JSON.getNodeFactory().textNode("5")));
            r.add(new Replacement("huge", JSON.getNodeFactory().numberNode(2_000_000)));
        } else if (value.isBoolean()) {
            r.add(new Replacement("text", JSON.getNodeFactory().textNode("yes")));
            r.add(new Replacement("number", JSON.getNodeFactory().numberNode(1)));
        } else if (value.isArray()) {
            ArrayNode many = JSON.createArrayNode();
            JsonNode element = value.isEmpty() ? JSON.getNodeFactory().textNode("x") : value.get(0);
            for (int i = 0; i < 500; i++) {
                many.add(element.deepCopy());
            }
            r.add(new Replacement("500 items", many));
            r.add(new Replacement("text", JSON.getNodeFactory().textNode("x")));
        } else if (value.isObject()) {
            r.add(new Replacement("text", JSON.getNodeFactory().textNode("x")));
            if (map) {
                ObjectNode big = ((ObjectNode) value).deepCopy();
                for (int i = 0; i < 1000; i++) {
                    big.put("k" + i, "v");
                }
                r.add(new Replacement("1000 keys", big));
                ObjectNode badKey = ((ObjectNode) value).deepCopy();
                badKey.put("k\u0000", "v");
                r.add(new Replacement("NUL key", badKey));
                ObjectNode longValue = ((ObjectNode) value).deepCopy();
                longValue.put("k", LONG);
                r.add(new Replacement("100k value", longValue));
            }
        }
        return r;
    }

    /** Paths (a.b[0].c) of every value worth mutating: leaves, arrays, and objects. */
    private static void collect(JsonNode node, String path, List<String> out) {
        if (!path.isEmpty()) {
            out.add(path);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> collect(node.get(f), path.isEmpty() ? f : path + "." + f, out));
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), path + "[0]", out);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = step(n, part);
        }
        return n;
    }

    private static JsonNode step(JsonNode n, String part) {
        int bracket = part.indexOf('[');
        if (bracket < 0) {
            return n.get(part);
        }
        return n.get(part.substring(0, bracket)).get(0);
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
        String last = dot < 0 ? path : path.substring(dot + 1);
        if (last.endsWith("[0]")) {
            ((ArrayNode) parent.get(last.substring(0, last.length() - 3))).set(0, value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static String valid(String path) {
        return ID_SEGMENT.matcher(path).replaceAll("$1");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a valid base body: " + json, e);
        }
    }

    /** What a corpus run found: every answer, and the service's tables before and after. */
    public record Verdict(List<Outcome> outcomes, java.util.Map<String, String> before,
            java.util.Map<String, String> after) {

        /** Answers other than a 4xx problem. */
        public List<Outcome> wrong() {
            return outcomes.stream().filter(o -> !o.refusedProperly()).toList();
        }
    }

    /**
     * Runs each batch (requests and the authorization they are sent with) against {@code baseUrl}, with a digest of
     * the service's database before and after, and prints the count.
     */
    public static Verdict check(String service, String baseUrl, javax.sql.DataSource database,
            java.util.Map<String, List<Request>> batchesByAuthorization) throws java.sql.SQLException {
        java.util.Map<String, String> before;
        try (var c = database.getConnection()) {
            before = DatabaseDigest.of(c);
        }
        List<Outcome> outcomes = new ArrayList<>();
        String base = baseUrl.replaceAll("/$", "");
        batchesByAuthorization.forEach((authorization, batch) -> outcomes.addAll(run(base, authorization, batch)));
        java.util.Map<String, String> after;
        try (var c = database.getConnection()) {
            after = DatabaseDigest.of(c);
        }
        Verdict verdict = new Verdict(outcomes, before, after);
        System.out.printf("%s hostile corpus: %d requests, %d refused properly%n", service, outcomes.size(),
                outcomes.size() - verdict.wrong().size());
        return verdict;
    }

    /** Sends each request to {@code baseUrl} with {@code authorization} and collects the answers. */
    public static List<Outcome> run(String baseUrl, String authorization, List<Request> requests) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Outcome> outcomes = new ArrayList<>();
        for (Request r : requests) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + r.path()))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
            if (r.contentType() != null) {
                b.header("Content-Type", r.contentType());
            }
            b.method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(r.body()));
            try {
                HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                outcomes.add(new Outcome(r, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body()));
            } catch (Exception e) {
                outcomes.add(new Outcome(r, 0, null, e.toString()));
            }
        }
        return outcomes;
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
