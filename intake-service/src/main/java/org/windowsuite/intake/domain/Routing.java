package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.windowsuite.common.RuleViolationException;

/**
 * AB-1, AB-2, AB-5: work goes to whoever holds the post now, from the local coverage projection, so routing
 * goes on while roster-service is down. When coverage changes, the post's open cases move with it.
 */
@ApplicationScoped
public class Routing {

    public record Assignment(String postId, String handler, String actingFor) {
    }

    private final PostCoverages coverage;
    private final Applications applications;
    private final CaseHistories history;
    private final CaseEvents events;
    private final ServiceItems items;
    private final Clock clock;

    public Routing(PostCoverages coverage, Applications applications, CaseHistories history,
            CaseEvents events, ServiceItems items, Clock clock) {
        this.coverage = coverage;
        this.applications = applications;
        this.history = history;
        this.events = events;
        this.items = items;
        this.clock = clock;
    }

    /**
     * The first post handling the item that someone holds now; else the first such post, queued until it is
     * held. The posts are the item's own list, or else those roster-service says handle the item. AB-2: the
     * coverage read is held until the acceptance commits, so a coverage change being applied at the same moment
     * either comes first and routes this case, or waits for it and moves it with the post's other cases.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment assign(ServiceItem item) {
        List<String> posts = hasOwnPosts(item) ? item.posts : coverage.handling(item.code());
        if (posts.isEmpty()) {
            throw new RuleViolationException("AB-1", "no post handles service item " + item.code() + " yet");
        }
        for (String postId : posts) {
            PostCoverage c = coverage.heldForAcceptance(postId);
            if (c != null && c.holder != null) {
                return new Assignment(postId, c.holder, c.actingFor);
            }
        }
        return new Assignment(posts.get(0), null, null);
    }

    /**
     * Of {@code catalogue}, the items {@code postId} handles — by the same rule {@link #assign} routes them: the
     * item's own list of posts, or else roster-service's list of the post's items.
     */
    public List<ServiceItem> itemsOf(String postId, List<ServiceItem> catalogue) {
        PostCoverage post = coverage.byId(postId);
        List<String> rostered = post == null ? List.of() : post.serviceItems;
        return catalogue.stream().filter(i -> hasOwnPosts(i) ? i.posts.contains(postId) : rostered.contains(i.code()))
                .toList();
    }

    private static boolean hasOwnPosts(ServiceItem item) {
        return item.posts != null && !item.posts.isEmpty();
    }

    /** AB-2: the post's open cases follow its holder; cases already completed stay with who completed them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followCoverage(PostCoverage c) {
        // a busy post has thousands of open cases of a handful of item versions: look each version up once
        Map<String, ServiceItem> versions = new HashMap<>();
        for (Application app : applications.openOfPost(c.postId)) {
            if (!Objects.equals(app.handler, c.holder) || !Objects.equals(app.actingFor, c.actingFor)) {
                String from = app.handler;
                app.handler = c.holder;
                app.actingFor = c.actingFor;
                history.add(new CaseHistory(app.id, clock.instant(), "REASSIGNED", null, null,
                        (from == null ? "queued" : "from " + from) + " to " + (c.holder == null ? "the queue" : c.holder)
                                + (c.actingFor == null ? "" : " acting for " + c.actingFor) + " (" + c.state + ", "
                                + c.cause + ")"));
                ServiceItem item = app.itemVersion == null ? null : versions.computeIfAbsent(
                        app.itemCode + "@" + app.itemVersion,
                        k -> items.version(app.itemCode, app.itemVersion).orElse(null));
                events.caseChanged(app, item, "REASSIGNED", c.cause);
            }
        }
    }
}
