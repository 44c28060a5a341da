package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.InfrastructureFaults;

/** What a consumer retries until it clears and what it dead-letters at once. */
class InfrastructureFaultsTest {

    @Test
    void aDatabaseThatIsAwayOrBusyIsRetried() {
        assertThat(InfrastructureFaults.isTransient(new PersistenceException(new SQLException("refused", "08001")))).isTrue();
        assertThat(InfrastructureFaults.isTransient(new SQLException("terminating connection: admin shutdown", "57P01"))).isTrue();
        assertThat(InfrastructureFaults.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(InfrastructureFaults.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(InfrastructureFaults.isTransient(new SQLException("lock not available", "55P03"))).isTrue();
        assertThat(InfrastructureFaults.isTransient(new SQLException("Acquisition timeout while waiting for new connection")))
                .as("the pool's own timeout has no SQL state").isTrue();
        assertThat(InfrastructureFaults.isTransient(new OptimisticLockException("row was updated by another transaction")))
                .isTrue();
        assertThat(InfrastructureFaults.isTransient(new RuntimeException(new jakarta.transaction.RollbackException("commit"))))
                .isTrue();
    }

    @Test
    void whatFailsTheSameWayEveryTimeIsNotRetried() {
        assertThat(InfrastructureFaults.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(InfrastructureFaults.isTransient(new SQLException("value too long", "22001"))).isFalse();
        assertThat(InfrastructureFaults.isTransient(new IllegalStateException("a defect"))).isFalse();
        assertThat(InfrastructureFaults.isTransient(new PoisonMessageException("unreadable", null))).isFalse();
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("commit");
        rollback.initCause(new PersistenceException(new SQLException("duplicate key", "23505")));
        assertThat(InfrastructureFaults.isTransient(new RuntimeException(rollback))).as("the database's word decides").isFalse();
    }
}
