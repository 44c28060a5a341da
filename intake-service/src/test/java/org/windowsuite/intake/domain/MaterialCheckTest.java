package org.windowsuite.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.intake.domain.SubmittedMaterial.Status;

class MaterialCheckTest {

    static final Material ID_CARD = new Material("M1", "居民身份证", "ORIGINAL", 1, null, "公安机关", true, null, null, null);
    static final Material HOUSEHOLD = new Material("M2", "户口簿", "ORIGINAL", 1, null, "公安机关", true, null, null, null);
    static final Material PROOF = new Material("M3", "房产证明", "COPY", 2, "A4", null, true, null, null, null);
    static final Material MARRIAGE = new Material("M4", "结婚证", "ORIGINAL", 1, null, "民政部门", false,
            "已婚者提交", "married", "true");
    static final List<Material> LIST = List.of(ID_CARD, HOUSEHOLD, PROOF, MARRIAGE);

    static SubmittedMaterial present(String code) {
        return new SubmittedMaterial(code, Status.PRESENT, null);
    }

    /** Proves WP-4 (docs/rules.md). */
    @Test
    void everythingRequiredPresentLeavesNoShortfall() {
        assertThat(MaterialCheck.shortfalls(LIST, Map.of(), List.of(present("M1"), present("M2"), present("M3"))))
                .isEmpty();
    }

    /** Proves OTN-3 (docs/rules.md). */
    @Test
    void missingAndDefectiveMaterialsAreAllListedAtOnceInTheListsOrder() {
        var shortfalls = MaterialCheck.shortfalls(LIST, Map.of(), List.of(
                new SubmittedMaterial("M3", Status.DEFECTIVE, "复印件不清晰"), present("M1")));
        assertThat(shortfalls).containsExactly(new Shortfall("M2", "户口簿", "missing"),
                new Shortfall("M3", "房产证明", "复印件不清晰"));
    }

    @Test
    void aConditionalMaterialIsRequiredOnlyWhenTheApplicantMeetsTheCondition() {
        List<SubmittedMaterial> all = List.of(present("M1"), present("M2"), present("M3"));
        assertThat(MaterialCheck.shortfalls(LIST, Map.of("married", "false"), all)).isEmpty();
        assertThat(MaterialCheck.shortfalls(LIST, Map.of("married", "true"), all))
                .containsExactly(new Shortfall("M4", "结婚证", "missing"));
    }

    @Test
    void aMaterialMarkedMissingCountsAsMissing() {
        assertThat(MaterialCheck.shortfalls(LIST, Map.of(), List.of(present("M1"), present("M2"),
                new SubmittedMaterial("M3", Status.MISSING, null)))).extracting(Shortfall::code).containsExactly("M3");
    }

    @Test
    void aMaterialNotOnTheItemsListIsRejectedByName() {
        assertThatThrownBy(() -> MaterialCheck.requireKnown("HJ-001", LIST, List.of(present("M1"), present("X9"))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("X9");
    }

    /** Proves OTN-3 (docs/rules.md). */
    @Test
    void aSupplementIsMeasuredOnlyAgainstTheFirstNotice() {
        List<Shortfall> firstNotice = List.of(new Shortfall("M2", "户口簿", "missing"));
        var check = MaterialCheck.supplement(firstNotice, List.of(new Shortfall("M3", "房产证明", "复印件不清晰")));
        assertThat(check.complete()).isTrue();
        assertThat(check.repeatedDemands()).extracting(Shortfall::code).containsExactly("M3");

        var stillOpen = MaterialCheck.supplement(firstNotice, List.of(new Shortfall("M2", "户口簿", "missing")));
        assertThat(stillOpen.complete()).isFalse();
        assertThat(stillOpen.repeatedDemands()).isEmpty();
    }

    @Test
    void laterChecksOfAMaterialReplaceEarlierOnes() {
        var merged = MaterialCheck.merge(List.of(present("M1"), new SubmittedMaterial("M2", Status.MISSING, null)),
                List.of(present("M2")));
        assertThat(merged).containsExactly(present("M1"), present("M2"));
    }
}
