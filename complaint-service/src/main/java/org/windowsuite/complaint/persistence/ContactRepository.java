package org.windowsuite.complaint.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.Contacts;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ContactRepository extends PanacheStore<Contact, UUID> implements Contacts {

    @Override
    public List<Contact> openAmong(Collection<UUID> ids) {
        return list("id in ?1 and state <> 'CLOSED'", ids);
    }

    @Override
    public List<Contact> inbox(String kind, String channel, String department, String state) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        for (String[] f : new String[][] {{"kind", kind}, {"channel", channel}, {"department", department},
            {"state", state}}) {
            if (f[1] != null) {
                q.append(" and ").append(f[0]).append(" = :").append(f[0]);
                p.put(f[0], f[1]);
            }
        }
        return find(q + " order by receivedAt desc", p).page(0, PAGE).list();
    }

    @Override
    public List<Contact> inHandOf(String staffId) {
        return find("owner = ?1 or firstReceiver = ?1 or id in (select t.contactId from Transfer t"
                + " where t.receiver = ?1) order by receivedAt desc", staffId).page(0, PAGE).list();
    }
}
