package org.synergos.analysis.internal.containment;

/** What the woven {@link RoguePlugin} (a class of its own loader) reports to the test. */
public final class RogueWitness {

    /** The thread of the latest run, so a test can see whether it really stopped. */
    public static volatile Thread lastThread;
    public static volatile long spins;

    private RogueWitness() {
    }
}
