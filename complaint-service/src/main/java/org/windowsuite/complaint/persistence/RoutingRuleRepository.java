package org.windowsuite.complaint.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.RoutingRule;
import org.windowsuite.complaint.domain.RoutingRules;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class RoutingRuleRepository extends PanacheStore<RoutingRule, UUID> implements RoutingRules {

    @Override
    public RoutingRule byMatch(String matchKind, String match) {
        return find("matchKind = ?1 and match = ?2", matchKind, match).firstResult();
    }

    @Override
    public List<RoutingRule> keywords() {
        return list("matchKind = 'KEYWORD' order by match");
    }

    @Override
    public boolean remove(UUID id) {
        return deleteById(id);
    }

    @Override
    public List<RoutingRule> all() {
        return listAll(Sort.by("matchKind", "match"));
    }
}
