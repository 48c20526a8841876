package org.synergos.analysis.pls.core;

/**
 * Reliability and convergent validity of one construct (seminr 2.3.2 definitions): standardised Cronbach's
 * alpha, composite reliability rhoC (Jöreskog), average variance extracted and rhoA (Dijkstra &amp; Henseler
 * 2015). Under PLSc, rhoC and AVE use the consistent loadings.
 */
public record ConstructReliability(double alpha, double rhoC, double ave, double rhoA) {
}
