package org.windowsuite.common.input;

import java.time.LocalDate;

/**
 * Every input limit of the suite in one place, matching the columns the values end up in (ids and codes are
 * varchar(40), names varchar(200), notes varchar(2000) …). Request records refer to these constants; the JSON reader
 * and the request filter enforce the ones that hold for every field.
 */
public final class Limits {

    /** Staff, post, department, service-item and material ids and codes: one safe, addressable alphabet. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";
    public static final int ID = 40;
    /** A service item's code: its case numbers, CODE-YYYY-NNNNNN, must fit varchar(40) too. */
    public static final int ITEM_CODE = 28;
    public static final int NAME = 200;
    public static final int SHORT_TEXT = 500;
    public static final int TEXT = 2000;
    /** Items in any list a request carries (materials, staff present, service items …). */
    public static final int LIST = 100;
    /** Rows one answer lists at most, a page of a longer list (the caller asks for the next with an offset). */
    public static final int LISTED = 1000;
    /** Keys of a free map (an applicant's attributes), and the length of each key and value. */
    public static final int MAP_ENTRIES = 30;
    public static final int MAP_KEY = 60;
    public static final int MAP_VALUE = 500;
    /** Seniority of a staff member (FI-1: the most senior present owns a contact). */
    public static final int RANK = 20;
    /** Working days of any time limit or extension. */
    public static final int WORKING_DAYS = 365;
    /** Bodies the services read at all (the largest legitimate one is a year's holiday schedule). */
    public static final int BODY_BYTES = 256 * 1024;
    /** Dates anywhere in a request. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Limits() {
    }

    /** Control characters other than tab and line breaks, and the bidirectional overrides that disguise text. */
    public static boolean hasForbiddenCharacter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    public static boolean withinDates(LocalDate d) {
        return !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
    }
}
