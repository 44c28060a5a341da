package org.windowsuite.intake.domain;

import java.util.List;

/** OTN-2: the referral directory of matters other units handle; persistence implements it. */
public interface Referrals {

    /** The referral, or null. */
    Referral byCode(String code);

    void add(Referral referral);

    /** Every referral, by code. */
    List<Referral> all();
}
