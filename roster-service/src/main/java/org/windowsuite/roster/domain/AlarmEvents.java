package org.windowsuite.roster.domain;

/** Where alarms are announced (supervisors' boards, the accountability ledger); implemented through the outbox. */
public interface AlarmEvents {
    void raised(RosterAlarm alarm, Post post, String aHolder, String bHolder);
}
