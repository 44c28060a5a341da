package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.windowsuite.intake.domain.ServiceItem;
import org.windowsuite.intake.domain.ServiceItems;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ServiceItemRepository extends PanacheStore<ServiceItem, ServiceItem.Key> implements ServiceItems {

    @Override
    public Optional<ServiceItem> current(String code) {
        return find("key.code = ?1 and current = true", code).firstResultOptional();
    }

    @Override
    public Optional<ServiceItem> version(String code, int version) {
        return findByIdOptional(new ServiceItem.Key(code, version));
    }

    @Override
    public List<ServiceItem> allCurrent() {
        return list("current = true order by key.code");
    }

    /** WP-1..3: the catalogue searchable at the window, by code, name, department or basis. */
    @Override
    public List<ServiceItem> search(String q) {
        String like = "%" + q.toLowerCase() + "%";
        return list("current = true and (lower(key.code) like ?1 or lower(name) like ?1 or lower(department) like ?1 "
                + "or lower(basis) like ?1) order by key.code", like);
    }

    /** The entity already says it is not current; flushing writes that before the next version is inserted. */
    @Override
    public void retire(ServiceItem item) {
        flush();
    }
}
