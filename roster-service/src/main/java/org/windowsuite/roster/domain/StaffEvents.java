package org.windowsuite.roster.domain;

/** Where staff changes are announced (ranks feed FI-1 in complaint-service); implemented through the outbox. */
public interface StaffEvents {
    void staffChanged(Staff staff);
}
