// Hands actions that arrive in a diagram's container to the workbench UI (tabs, property sheet,
// engines panel), which lives outside inversify.
import { Action, IActionHandler, ICommand } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

export const WORKBENCH_BRIDGE = Symbol('SynergosWorkbenchBridge');

export interface WorkbenchBridge {
    onAction(action: Action): void;
}

@injectable()
export class BridgeActionHandler implements IActionHandler {
    @inject(WORKBENCH_BRIDGE) protected bridge!: WorkbenchBridge;

    handle(action: Action): void | Action | ICommand {
        try {
            this.bridge.onAction(action);
        } catch (error) {
            console.error('workbench failed to handle', action.kind, error);
        }
    }
}
