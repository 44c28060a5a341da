package org.windowsuite.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A table-driven authorization test: every endpoint × every identity × object (own, other), each cell's expected
 * status written down — denials included — and every cell asked of the running service. Refused tokens (none,
 * expired, wrong issuer, tampered, alg none) are added to every row and must answer 401. {@link #verify()} prints the
 * table and its counts, and fails listing every cell that answered otherwise.
 */
public final class AuthorizationMatrix {

    /** The identities every service's matrix asks as (besides the refused tokens). */
    public static final String PORTAL = "portal";
    public static final String HOLDER = "clerk of the post";
    public static final String OTHER_POST = "clerk of another post";
    public static final String OTHER_DEPT = "clerk of another department";
    public static final String SUPERVISOR = "supervisor of the department";
    public static final String OTHER_SUPERVISOR = "supervisor of another department";
    public static final String B_COVERING = "B during coverage";
    public static final String B_AFTER = "B after coverage";
    public static final String OFFICER = "complaint officer";
    public static final String ADMIN = "admin";

    /**
     * Bearer tokens for the identities, each with the role its name says: the portal's, a supervisor's, the complaint
     * officer's, the admin's, and clerks' for the rest.
     *
     * @param staffIds identity name → staff (or client) id
     */
    public static Map<String, String> tokens(Map<String, String> staffIds) {
        Map<String, String> tokens = new LinkedHashMap<>();
        staffIds.forEach((who, id) -> tokens.put(who, Tokens.bearer(id, switch (who) {
            case PORTAL -> "portal";
            case SUPERVISOR, OTHER_SUPERVISOR -> "supervisor";
            case OFFICER -> "complaint-officer";
            case ADMIN -> "admin";
            default -> "clerk";
        })));
        return tokens;
    }

    /** One request for one cell; {@code body} null sends none. */
    public record Call(String method, String path, String body) {

        public static Call get(String path) {
            return new Call("GET", path, null);
        }

        public static Call post(String path, String body) {
            return new Call("POST", path, body);
        }

        public static Call put(String path, String body) {
            return new Call("PUT", path, body);
        }
    }

    /** Expected statuses of a row by identity name, built as a default with exceptions. */
    public static final class Expect {
        private final int otherwise;
        private final Map<String, Integer> cells = new LinkedHashMap<>();

        private Expect(int otherwise) {
            this.otherwise = otherwise;
        }

        /** Every identity not named later answers {@code status}. */
        public static Expect all(int status) {
            return new Expect(status);
        }

        public Expect but(int status, String... identities) {
            for (String identity : identities) {
                cells.put(identity, status);
            }
            return this;
        }

        int of(String identity) {
            return cells.getOrDefault(identity, otherwise);
        }
    }

    private record Row(String endpoint, String object, Function<String, Call> call, Expect expect) {
    }

    private final String baseUri;
    private final Map<String, String> identities = new LinkedHashMap<>();
    private final Map<String, String> refused;
    private final List<Row> rows = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param identities identity name → Authorization header
     * @param refused tokens every endpoint must refuse with 401 ({@link Tokens#refused})
     */
    public AuthorizationMatrix(String baseUri, Map<String, String> identities, Map<String, String> refused) {
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        this.identities.putAll(identities);
        this.refused = refused;
    }

    /**
     * A row: {@code call} gets the identity's name and makes the request for it (creating a fresh object where the
     * act would change it, so every cell starts from the same state).
     */
    public AuthorizationMatrix row(String endpoint, String object, Function<String, Call> call, Expect expect) {
        rows.add(new Row(endpoint, object, call, expect));
        return this;
    }

    public void verify() {
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        StringBuilder table = new StringBuilder();
        int cells = 0;
        for (Row row : rows) {
            table.append(String.format("%-44s %-6s", row.endpoint(), row.object()));
            Map<String, String> all = new LinkedHashMap<>(refused);
            all.putAll(identities);
            for (Map.Entry<String, String> identity : all.entrySet()) {
                int expected = refused.containsKey(identity.getKey()) ? 401 : row.expect().of(identity.getKey());
                Call call = row.call().apply(identity.getKey());
                int status = send(call, identity.getValue());
                cells++;
                byStatus.merge(status, 1, Integer::sum);
                table.append(' ').append(status);
                if (status != expected) {
                    wrong.add(row.endpoint() + " [" + row.object() + "] as " + identity.getKey() + ": expected "
                            + expected + ", got " + status + " (" + call.method() + " " + call.path() + ")");
                }
            }
            table.append('\n');
        }
        System.out.println("authorization matrix: identities " + String.join(", ", refused.keySet()) + ", "
                + String.join(", ", identities.keySet()) + "\n" + table + rows.size() + " rows × "
                + (refused.size() + identities.size()) + " identities = " + cells + " cells; by status " + byStatus
                + "; " + wrong.size() + " wrong");
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " cells answered otherwise:\n" + String.join("\n", wrong));
        }
    }

    private int send(Call call, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + call.path()))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
