package org.synergos.workbench.glsp.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.protocol.GLSPClient;

/** The browser's side of a GLSP session: records what the server sends. */
final class RecordingClient implements GLSPClient {

    private final List<Action> received = new ArrayList<>();
    private final List<String> clients = new ArrayList<>();
    private String only;

    @Override
    public synchronized void process(ActionMessage message) {
        if (only == null || only.equals(message.getClientId())) {
            received.add(message.getAction());
            clients.add(message.getClientId());
        }
        notifyAll();
    }

    /** From now on, records only what is sent to this client session ({@code null}: to every session). */
    synchronized void only(String clientId) {
        only = clientId;
        clear();
    }

    synchronized void clear() {
        received.clear();
        clients.clear();
    }

    synchronized List<Action> received(Class<? extends Action> type) {
        return received.stream().filter(type::isInstance).toList();
    }

    /** The first action of a type received since the last {@link #clear()}, waiting for it if need be. */
    synchronized <A extends Action> A await(Class<A> type, Duration wait) throws InterruptedException {
        return await(type, a -> true, wait);
    }

    /** The first action of a type that matches, received since the last {@link #clear()}. */
    synchronized <A extends Action> A await(Class<A> type, java.util.function.Predicate<A> matching, Duration wait)
            throws InterruptedException {
        return await(null, type, matching, wait);
    }

    /** As {@link #await(Class, java.util.function.Predicate, Duration)}, sent to {@code clientId} (any if null). */
    synchronized <A extends Action> A await(String clientId, Class<A> type, java.util.function.Predicate<A> matching,
            Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            for (int i = 0; i < received.size(); i++) {
                Action action = received.get(i);
                if ((clientId == null || clientId.equals(clients.get(i))) && type.isInstance(action)
                        && matching.test(type.cast(action))) {
                    return type.cast(action);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + wait + "; received "
                        + received.stream().map(Action::getKind).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
