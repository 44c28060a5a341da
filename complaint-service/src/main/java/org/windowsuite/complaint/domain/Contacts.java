package org.windowsuite.complaint.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** FI-3: the contacts the center and the departments handle; persistence implements it. */
public interface Contacts {

    /** The inbox and a person's list show at most this many, newest first. */
    int PAGE = 500;

    /** The contact, or null. */
    Contact byId(UUID id);

    void add(Contact contact);

    /** Those of {@code ids} not yet closed. */
    List<Contact> openAmong(Collection<UUID> ids);

    /** Newest first, filtered by each criterion given (null: any). */
    List<Contact> inbox(String kind, String channel, String department, String state);

    /** What a staff member has in hand: contacts they own or received, and those transferred to them. */
    List<Contact> inHandOf(String staffId);
}
