package org.windowsuite.common.web;

import jakarta.ws.rs.BadRequestException;

/**
 * Reading the fields of a page's form, the same way on the console and the workbench: blank is absent, a required
 * field or a number that is not one answers 400 (shown as a page by {@link PageErrors}), never 500.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The trimmed value, or null for a missing or blank field. */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A required text field, trimmed. */
    public static String text(String s, String field) {
        require(blank(s) != null, field);
        return s.trim();
    }

    public static int number(String s, String field) {
        try {
            return Integer.parseInt(s == null ? "" : s.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(field + " must be a whole number");
        }
    }

    public static void require(boolean ok, String field) {
        if (!ok) {
            throw new BadRequestException("please fill in " + field);
        }
    }
}
