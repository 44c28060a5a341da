package org.windowsuite.complaint.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FI-1: the first receiver owns a contact; when several staff were present together, the most senior does.
 * Ties at the top: the first receiver if among them, else whoever was named first among those present.
 */
public final class OwnerRule {

    private OwnerRule() {
    }

    public record Owner(String staffId, String why) {
    }

    public static Owner decide(String firstReceiver, List<String> present, Map<String, Integer> ranks) {
        Set<String> everyone = new LinkedHashSet<>();
        everyone.add(firstReceiver);
        if (present != null) {
            everyone.addAll(present);
        }
        if (everyone.size() == 1) {
            return new Owner(firstReceiver, "FI-1: the first receiver");
        }
        int top = everyone.stream().mapToInt(s -> ranks.getOrDefault(s, 0)).max().orElse(0);
        if (ranks.getOrDefault(firstReceiver, 0) == top) {
            return new Owner(firstReceiver, "FI-1: the first receiver is the most senior present");
        }
        String senior = everyone.stream().filter(s -> ranks.getOrDefault(s, 0) == top).findFirst().orElseThrow();
        return new Owner(senior, "FI-1: the most senior of those present (rank " + top + ")");
    }
}
