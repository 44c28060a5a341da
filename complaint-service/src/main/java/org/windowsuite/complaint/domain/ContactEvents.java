package org.windowsuite.complaint.domain;

/** Where contact changes are announced (complaint.contacts.v1, for deadline clocks); implemented through the outbox. */
public interface ContactEvents {

    /** @param days the time limits the change starts, or null when it starts none */
    void changed(Contact contact, String change, Transfer transfer, String responsible, String actingFor, Limits days);

    record Limits(Integer acknowledge, Integer contact, Integer resolve) {
        public static Limits resolveIn(int days) {
            return new Limits(null, null, days);
        }
    }
}
