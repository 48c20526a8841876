/** The diagram server the workbench starts: its service interface. */
package org.synergos.workbench.glsp;
