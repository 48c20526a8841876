package org.synergos.analysis.pls.internal.bootstrap;

/** Why a resample did or did not yield estimates. */
public enum DrawStatus {
    OK, ZERO_VARIANCE_INDICATOR, NOT_CONVERGED, SINGULAR, INADMISSIBLE, NOT_RUN
}
