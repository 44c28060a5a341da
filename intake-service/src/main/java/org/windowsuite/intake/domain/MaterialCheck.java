package org.windowsuite.intake.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.windowsuite.common.RuleViolationException;

/**
 * WP-4/OTN-3: examines what was handed in against the item's complete list, and the one-notice rule: a
 * supplement is measured only against what the first notice listed; anything else is a repeated demand (OTN-6).
 */
public final class MaterialCheck {

    private MaterialCheck() {
    }

    /** Every code must be on the item's list: a material not on it is a 422 naming it. */
    public static void requireKnown(String itemCode, List<Material> list, Collection<SubmittedMaterial> submitted) {
        Set<String> known = list.stream().map(Material::code).collect(Collectors.toSet());
        List<String> unknown = submitted.stream().map(SubmittedMaterial::code).filter(c -> !known.contains(c))
                .distinct().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("WP-4", "not on the material list of " + itemCode + ": "
                    + String.join(", ", unknown));
        }
    }

    /** Later checks of a material replace earlier ones. */
    public static List<SubmittedMaterial> merge(List<SubmittedMaterial> before, List<SubmittedMaterial> after) {
        Map<String, SubmittedMaterial> merged = new LinkedHashMap<>();
        before.forEach(m -> merged.put(m.code(), m));
        after.forEach(m -> merged.put(m.code(), m));
        return List.copyOf(merged.values());
    }

    /** Every required material (conditions applied) that is missing or defective, in the list's order. */
    public static List<Shortfall> shortfalls(List<Material> list, Map<String, String> attributes,
            List<SubmittedMaterial> submitted) {
        Map<String, SubmittedMaterial> byCode = new LinkedHashMap<>();
        submitted.forEach(m -> byCode.put(m.code(), m));
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Material m : list) {
            if (!m.requiredFor(attributes)) {
                continue;
            }
            SubmittedMaterial s = byCode.get(m.code());
            if (s == null || s.status() == SubmittedMaterial.Status.MISSING) {
                shortfalls.add(new Shortfall(m.code(), m.name(), "missing"));
            } else if (s.status() == SubmittedMaterial.Status.DEFECTIVE) {
                shortfalls.add(new Shortfall(m.code(), m.name(),
                        s.reason() == null || s.reason().isBlank() ? "defective" : s.reason()));
            }
        }
        return shortfalls;
    }

    /** What a supplement leaves open: of the first notice's items, and beyond them (repeated demands, OTN-6). */
    public record SupplementCheck(List<Shortfall> stillMissing, List<Shortfall> repeatedDemands) {
        public boolean complete() {
            return stillMissing.isEmpty();
        }
    }

    public static SupplementCheck supplement(List<Shortfall> firstNotice, List<Shortfall> shortfallsNow) {
        Set<String> listed = firstNotice.stream().map(Shortfall::code).collect(Collectors.toSet());
        return new SupplementCheck(
                shortfallsNow.stream().filter(s -> listed.contains(s.code())).toList(),
                shortfallsNow.stream().filter(s -> !listed.contains(s.code())).toList());
    }
}
