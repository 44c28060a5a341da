package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The complaint center's live board: transfers and complaints whose time limit is near or past (FI-4, FI-7). */
@ApplicationScoped
public class DeadlineBoard {

    public record Announcement(String alert, String subjectType, String subjectId, String clockKind, String level,
            Instant dueAt, String holder, String actingFor, String department) {
    }

    public record Item(Contact contact, WatchedClock clock) {
    }

    private final WatchedClocks clocks;
    private final Transfers transfers;
    private final Contacts contacts;
    private final Clock clock;

    public DeadlineBoard(WatchedClocks clocks, Transfers transfers, Contacts contacts,
            Clock clock) {
        this.clocks = clocks;
        this.transfers = transfers;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Announcement a) {
        UUID contactId = contactOf(a.subjectType(), a.subjectId());
        if (contactId == null) {
            return;
        }
        WatchedClock.Key key = new WatchedClock.Key(a.subjectType(), a.subjectId(), a.clockKind());
        WatchedClock w = clocks.byId(key);
        if ("STOPPED".equals(a.alert())) {
            if (w != null) {
                clocks.remove(w);
            }
            return;
        }
        boolean fresh = w == null;
        if (fresh) {
            w = new WatchedClock();
            w.key = key;
            w.contactId = contactId;
        }
        w.level = a.level() == null ? "ON_TRACK" : a.level();
        w.dueAt = a.dueAt() != null ? a.dueAt() : w.dueAt;
        w.holder = a.holder();
        w.actingFor = a.actingFor();
        w.department = a.department();
        w.updatedAt = clock.instant();
        if (fresh) {
            clocks.add(w);
        }
    }

    /** The clocks the board follows: a complaint's and its transfers'; a case's are intake's. */
    public static boolean watches(String subjectType) {
        return "TRANSFER".equals(subjectType) || "COMPLAINT".equals(subjectType);
    }

    private UUID contactOf(String subjectType, String subjectId) {
        if (!watches(subjectType)) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(subjectId);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
        return switch (subjectType) {
            case "TRANSFER" -> {
                Transfer t = transfers.byId(id);
                yield t == null ? null : t.contactId;
            }
            case "COMPLAINT" -> contacts.byId(id) == null ? null : id;
            default -> null;
        };
    }

    /** Warning and overdue clocks of matters still open, overdue first, then by due time. */
    @Transactional
    public List<Item> alerts(String department) {
        List<WatchedClock> hot = clocks.hot();
        if (hot.isEmpty()) {
            return List.of();
        }
        Map<UUID, Contact> open = contacts.openAmong(
                hot.stream().map(w -> w.contactId).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return hot.stream().filter(w -> open.containsKey(w.contactId))
                .filter(w -> department == null || department.equals(w.department)
                        || department.equals(open.get(w.contactId).department))
                .sorted(Comparator.comparing((WatchedClock w) -> "OVERDUE".equals(w.level) ? 0 : 1)
                        .thenComparing(w -> w.dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(w -> new Item(open.get(w.contactId), w)).toList();
    }

    /** Ids of open matters with an overdue clock: the inbox's "overdue" filter. */
    @Transactional
    public List<UUID> overdueContacts() {
        return clocks.overdue().stream().map(w -> w.contactId).distinct().toList();
    }

    @Transactional
    public List<WatchedClock> clocksOf(UUID contactId) {
        return clocks.ofContact(contactId);
    }
}
