package org.windowsuite.roster.domain;

/** NORMAL: A holds the post. COVERED: B holds it for A. STAND_IN: a named temporary holder. EMPTY: nobody. */
public enum CoverageState {
    NORMAL, COVERED, STAND_IN, EMPTY, UNSTAFFED
}
