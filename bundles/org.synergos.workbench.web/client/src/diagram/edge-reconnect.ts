// Reconnecting an edge by dragging its end. GLSP 2.3's edge-edit listener forgets the element under the
// pointer on every dragging move and learns it again only from `mouseover`, which the browser sends when
// the pointer enters an element, before the move: a drag that ends on a construct usually released onto
// "nothing" and the edge snapped back. Here each dragging move re-reads the element under the pointer.
import {
    Action,
    EdgeEditListener,
    EdgeEditTool,
    FeedbackEdgeRouteMovingMouseListener,
    FeedbackEdgeSourceMovingMouseListener,
    FeedbackEdgeTargetMovingMouseListener,
    GModelElement
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

class ReconnectListener extends EdgeEditListener {
    protected override draggingMouseMove(target: GModelElement, event: MouseEvent): Action[] {
        const result = super.draggingMouseMove(target, event);
        if (this.isReconnecting()) {
            // the connectable under the pointer (none on the empty canvas: that still cancels)
            this.mouseOver(target, event);
        }
        return result;
    }
}

/** GLSP's edge-edit tool with the listener above (its `enable`, otherwise unchanged). */
@injectable()
export class SynergosEdgeEditTool extends EdgeEditTool {
    override enable(): void {
        this.edgeEditListener = new ReconnectListener(this);
        this.feedbackEdgeSourceMovingListener = new FeedbackEdgeSourceMovingMouseListener(this.anchorRegistry, this.feedbackDispatcher);
        this.feedbackEdgeTargetMovingListener = new FeedbackEdgeTargetMovingMouseListener(this.anchorRegistry, this.feedbackDispatcher);
        this.feedbackMovingListener = new FeedbackEdgeRouteMovingMouseListener(this.changeBoundsManager, this.edgeRouterRegistry);
        this.toDisposeOnDisable.push(
            this.edgeEditListener,
            this.mouseTool.registerListener(this.edgeEditListener),
            this.feedbackEdgeSourceMovingListener,
            this.feedbackEdgeTargetMovingListener,
            this.feedbackMovingListener,
            this.selectionService.addListener(this.edgeEditListener)
        );
    }
}
