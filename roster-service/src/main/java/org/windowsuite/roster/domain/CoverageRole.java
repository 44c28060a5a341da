package org.windowsuite.roster.domain;

public enum CoverageRole {
    A, B, STAND_IN, NONE
}
