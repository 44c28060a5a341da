package org.windowsuite.intake.domain;

import java.util.List;
import java.util.Optional;

/** The versioned service-item catalogue; persistence implements it. */
public interface ServiceItems {

    Optional<ServiceItem> current(String code);

    Optional<ServiceItem> version(String code, int version);

    List<ServiceItem> allCurrent();

    List<ServiceItem> search(String q);

    void add(ServiceItem item);

    /** Writes at once that {@code item} is no longer current: one version per code is, the next is added next. */
    void retire(ServiceItem item);
}
