/** Text for drawings: machine-independent text metrics and XML escaping, shared by diagrams and reports. */
package org.synergos.diagram.text;
