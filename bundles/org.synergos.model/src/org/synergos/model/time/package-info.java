/** Calendar periods of events ("Q1 2023", "2023-05"), shared with the event-sequence engines. */
package org.synergos.model.time;
