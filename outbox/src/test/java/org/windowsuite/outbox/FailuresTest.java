package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a consumer retries until it clears and what it dead-letters at once. */
class FailuresTest {

    @Test
    void aDatabaseThatIsAwayOrBusyIsRetried() {
        assertThat(Failures.isTransient(new PersistenceException(new SQLException("refused", "08001")))).isTrue();
        assertThat(Failures.isTransient(new SQLException("terminating connection: admin shutdown", "57P01"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("lock not available", "55P03"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("Acquisition timeout while waiting for new connection")))
                .as("the pool's own timeout has no SQL state").isTrue();
        assertThat(Failures.isTransient(new OptimisticLockException("row was updated by another transaction")))
                .isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new jakarta.transaction.RollbackException("commit"))))
                .isTrue();
    }

    @Test
    void whatFailsTheSameWayEveryTimeIsNotRetried() {
        assertThat(Failures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Failures.isTransient(new SQLException("value too long", "22001"))).isFalse();
        assertThat(Failures.isTransient(new IllegalStateException("a defect"))).isFalse();
        assertThat(Failures.isTransient(new PoisonMessageException("unreadable", null))).isFalse();
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("commit");
        rollback.initCause(new PersistenceException(new SQLException("duplicate key", "23505")));
        assertThat(Failures.isTransient(new RuntimeException(rollback))).as("the database's word decides").isFalse();
    }
}
