package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.Actor;
import org.windowsuite.common.Roles;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditEntry;
import org.windowsuite.outbox.audit.AuditTrail;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class AuditTrailTest {

    @Inject
    AuditTrail trail;
    @Inject
    AgroalDataSource dataSource;

    private final Actor b = new Actor("S-B", Set.of(Roles.CLERK));

    @Test
    void anActIsStoredWithWhoWhenRoleActingForAndBeforeAndAfter() {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> trail.record(b, AuditAct.of("COMPLETED", subject)
                .as("cover", "S-A").change(Map.of("state", "ACCEPTED"), Map.of("state", "COMPLETED"))));

        AuditEntry entry = trail.find(subject, null, 10).get(0);
        assertThat(entry.actor()).isEqualTo("S-B");
        assertThat(entry.role()).isEqualTo("cover");
        assertThat(entry.actingFor()).isEqualTo("S-A");
        assertThat(entry.before().get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(entry.after().get("state").asText()).isEqualTo("COMPLETED");
        assertThat(entry.at()).isNotNull();
        assertThat(trail.find(null, "S-B", 1000)).extracting(AuditEntry::subject).contains(subject);
    }

    @Test
    void anActThatRollsBackLeavesNoEntry() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            trail.record(b, AuditAct.of("NOTE", subject));
            throw new IllegalStateException("the act failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(trail.find(subject, null, 10)).isEmpty();
    }

    @Test
    void theRoleDefaultsToTheActorsStrongestRole() {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> trail.record(
                new Actor("S-SUP", Set.of(Roles.CLERK, Roles.SUPERVISOR)), AuditAct.of("NOTE", subject)));
        assertThat(trail.find(subject, null, 10).get(0).role()).isEqualTo(Roles.SUPERVISOR);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheTrail() throws SQLException {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> trail.record(b, AuditAct.of("NOTE", subject)));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set actor = 'X' where subject = '" + subject
                    + "'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry where subject = '" + subject + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_entry")).hasMessageContaining("append-only");
        }
        assertThat(trail.find(subject, null, 10)).extracting(AuditEntry::actor).containsExactly("S-B");
    }
}
