/**
 * R scripts that reproduce a study's analyses with established R packages ({@code synergos export --r}),
 * so that a reviewer who trusts R can rerun the study. Each engine that can be reproduced publishes one
 * {@link org.synergos.analysis.reproduce.RReproduction} service; {@link org.synergos.analysis.reproduce.RScriptWriter}
 * assembles the script: data reading once per data source, then each configured analysis.
 */
package org.synergos.analysis.reproduce;
