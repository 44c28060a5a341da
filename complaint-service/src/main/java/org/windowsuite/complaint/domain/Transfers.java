package org.windowsuite.complaint.domain;

import java.util.List;
import java.util.UUID;

/** FI-4: a contact's transfers to a responsible person; persistence implements it. */
public interface Transfers {

    /** The transfer, or null. */
    Transfer byId(UUID id);

    void add(Transfer transfer);

    /** The contact's transfers in the order they were made. */
    List<Transfer> ofContact(UUID contactId);

    /** The contact's latest unresolved transfer, or null. */
    Transfer openOf(UUID contactId);
}
