package org.windowsuite.intake.domain;

/**
 * One material of an item's complete list (OTN-1). A conditional material is required when the applicant's
 * attribute {@code conditionAttribute} has the value {@code conditionValue}; {@code condition} says it in words.
 *
 * @param form ORIGINAL, COPY or ORIGINAL_AND_COPY
 */
public record Material(String code, String name, String form, Integer copies, String format, String issuer,
        boolean required, String condition, String conditionAttribute, String conditionValue) {

    public boolean requiredFor(java.util.Map<String, String> applicantAttributes) {
        if (required) {
            return true;
        }
        return conditionAttribute != null && conditionValue != null
                && conditionValue.equalsIgnoreCase(applicantAttributes.getOrDefault(conditionAttribute, ""));
    }
}
