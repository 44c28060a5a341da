package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.RoutingRule;
import org.windowsuite.complaint.domain.RoutingRules;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, UUID>, RoutingRules {

    @Override
    public RoutingRule byMatch(String matchKind, String match) {
        return find("matchKind = ?1 and match = ?2", matchKind, match).firstResult();
    }

    @Override
    public List<RoutingRule> keywords() {
        return list("matchKind = 'KEYWORD' order by match");
    }

    @Override
    public void add(RoutingRule rule) {
        persist(rule);
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
