/**
 * What code woven into plugin bundles calls instead of ending the runtime, and where it checks whether its
 * run was cancelled. Exported only so that woven plugin classes can link to it; not an API for engine
 * authors, who poll {@code AnalysisMonitor.isCancelled()} as before.
 */
package org.synergos.analysis.containment;
