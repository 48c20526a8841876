/** Contract between the launcher (outside OSGi) and the application bundle inside the runtime. */
package org.synergos.launcher.api;
