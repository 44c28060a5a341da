package org.windowsuite.complaint.domain;

import java.util.List;
import java.util.UUID;

/** FI-5: which department answers which matter; persistence implements it. */
public interface RoutingRules {

    /** The rule for one match of a kind (ITEM, POST, KEYWORD), or null. */
    RoutingRule byMatch(String matchKind, String match);

    /** The keyword rules, by keyword. */
    List<RoutingRule> keywords();

    void add(RoutingRule rule);

    /** @return whether there was such a rule */
    boolean remove(UUID id);

    /** Every rule, by kind and match. */
    List<RoutingRule> all();
}
