package org.windowsuite.intake.domain;

import java.util.List;
import java.util.UUID;

/** Every act on an application, in the order it was recorded; persistence implements it. */
public interface CaseHistories {

    void add(CaseHistory entry);

    List<CaseHistory> of(UUID applicationId);
}
