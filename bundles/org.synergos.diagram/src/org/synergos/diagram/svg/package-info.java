/**
 * SVG 1.1 export of laid-out diagrams with optional result overlays: {@link org.synergos.diagram.svg.SvgExport}.
 * Package version 0.1.0.
 */
package org.synergos.diagram.svg;
