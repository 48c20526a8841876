/** lavaan model syntax import and export, the lingua franca of SEM specifications. */
package org.synergos.model.lavaan;
