package org.synergos.workbench.glsp.internal.handlers;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.UpdateProgressAction;
import org.eclipse.glsp.server.features.progress.EndProgressAction;
import org.eclipse.glsp.server.features.progress.StartProgressAction;

/**
 * GLSP progress reports of one engine run, identified by the client's request id (so the client can match
 * progress, cancel and result). Updates are sent in order and only when the shown percentage changes.
 */
final class ProgressReports {

    private final ActionDispatcher dispatcher;
    private final String id;

    ProgressReports(ActionDispatcher dispatcher, String id) {
        this.dispatcher = dispatcher;
        this.id = id;
    }

    void start(String title) {
        dispatcher.dispatch(new StartProgressAction(id, title, "starting", 0));
    }

    synchronized void update(String message, int percentage) {
        dispatcher.dispatch(new UpdateProgressAction(id, message, percentage));
    }

    void end() {
        dispatcher.dispatch(new EndProgressAction(id));
    }
}
