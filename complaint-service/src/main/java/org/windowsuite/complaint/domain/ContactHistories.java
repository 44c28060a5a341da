package org.windowsuite.complaint.domain;

import java.util.List;
import java.util.UUID;

/** Every act on a contact, in order; persistence implements it. */
public interface ContactHistories {

    void add(ContactHistory line);

    List<ContactHistory> ofContact(UUID contactId);
}
