package org.windowsuite.common;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Tells an infrastructure fault that clears by itself (the database away or restarting, a connection, lock or
 * serialization conflict) from a failure that repeats every time (bad data, a defect). Consumers retry the first
 * until it clears and dead-letter the second; the APIs answer the first with 503 and Retry-After.
 */
public final class InfrastructureFaults {

    /** Thrown by our own code for a message that can never be processed; never transient. */
    public interface Permanent {
    }

    private InfrastructureFaults() {
    }

    public static boolean isTransient(Throwable failure) {
        boolean transactionFailed = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Permanent) {
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
            // the database's own word decides: a constraint or data error fails the same way every time
            if (t instanceof SQLException sql) {
                return isTransientState(sql.getSQLState());
            }
            // Narayana could not complete the transaction (the database went away at commit) and says no more
            transactionFailed |= t.getClass().getName().startsWith("jakarta.transaction.");
        }
        return transactionFailed;
    }

    /**
     * PostgreSQL SQLSTATE classes that a retry can outlive: 08 connection, 40 serialization or deadlock, 53
     * insufficient resources, 55 lock not available, 57 operator intervention (shutdown, restart), 58 system error;
     * no state at all is the pool's own timeout waiting for a connection.
     */
    public static boolean isTransientState(String state) {
        if (state == null || state.length() < 2) {
            return true;
        }
        return switch (state.substring(0, 2)) {
            case "08", "40", "53", "55", "57", "58" -> true;
            default -> false;
        };
    }
}
