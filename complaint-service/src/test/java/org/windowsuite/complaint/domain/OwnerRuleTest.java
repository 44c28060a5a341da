package org.windowsuite.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnerRuleTest {

    static final Map<String, Integer> RANKS = Map.of("S001", 2, "S007", 6, "S008", 6, "S009", 3);

    /** Proves FI-1 (docs/rules.md). */
    @Test
    void aLoneReceiverOwnsTheContact() {
        assertThat(OwnerRule.decide("S001", List.of(), RANKS).staffId()).isEqualTo("S001");
        assertThat(OwnerRule.decide("S001", List.of("S001"), RANKS).staffId()).isEqualTo("S001");
    }

    /** Proves FI-1 (docs/rules.md). */
    @Test
    void theMostSeniorOfThosePresentOwnsIt() {
        OwnerRule.Owner owner = OwnerRule.decide("S001", List.of("S001", "S009", "S007"), RANKS);
        assertThat(owner.staffId()).isEqualTo("S007");
        assertThat(owner.why()).contains("most senior");
    }

    @Test
    void aFirstReceiverAmongTheMostSeniorKeepsIt() {
        assertThat(OwnerRule.decide("S008", List.of("S007", "S001"), RANKS).staffId()).isEqualTo("S008");
    }

    @Test
    void otherwiseATieGoesToWhoeverWasNamedFirstAmongThosePresent() {
        assertThat(OwnerRule.decide("S001", List.of("S008", "S007"), RANKS).staffId()).isEqualTo("S008");
        assertThat(OwnerRule.decide("S001", List.of("S007", "S008"), RANKS).staffId()).isEqualTo("S007");
    }
}
