// The dialog shown when a save was refused because the model file changed on disk since it was loaded
// (another workbench, an editor, git pull): reload, overwrite or save as.
import { ReloadAction, SaveChoiceAction, SaveConflictAction, SynergosActionKinds } from '../diagram/actions';
import { button, el } from './dom';

/** A name beside the model that does not hint at being the original, e.g. study/model-mine.synergos. */
function suggestedName(path: string): string {
    return path.replace(/(\.synergos)?$/, '-mine.synergos');
}

/** Shows the choices; resolves to the action to send, or undefined when the user cancels (nothing is saved). */
export function askAfterSaveConflict(conflict: SaveConflictAction): Promise<SaveChoiceAction | ReloadAction | undefined> {
    return new Promise(resolve => {
        const dialog = el('dialog', { className: 'save-conflict', 'aria-labelledby': 'save-conflict-title' });
        const name = el('input', { type: 'text', value: suggestedName(conflict.path), 'aria-label': 'New file (workspace-relative)' });
        const finish = (choice: SaveChoiceAction | ReloadAction | undefined): void => {
            dialog.close();
            dialog.remove();
            resolve(choice);
        };
        const what = conflict.reason === 'deleted' ? 'was deleted' : 'was changed';
        dialog.append(
            el('h2', { id: 'save-conflict-title', text: `${conflict.path} ${what} on disk` }),
            el('p', { text: `Since this diagram loaded it, someone else (another workbench, an editor, git) ${what.replace('was ', '')} the file. Nothing was saved.` }),
            el('label', { className: 'save-as' }, 'Save as ', name),
            el(
                'div',
                { className: 'dialog-buttons' },
                button('Reload from disk (discard my edits)', 'refresh', () => finish({ kind: SynergosActionKinds.reload }), { 'data-choice': 'reload' }),
                button('Overwrite', 'save', () => finish({ kind: SynergosActionKinds.save, overwrite: true }), { 'data-choice': 'overwrite' }),
                button('Save as', 'save-as', () => finish({ kind: SynergosActionKinds.save, saveAs: name.value.trim() }), { 'data-choice': 'save-as' }),
                button('Cancel', undefined, () => finish(undefined), { 'data-choice': 'cancel' })
            )
        );
        dialog.addEventListener('cancel', event => {
            event.preventDefault();
            finish(undefined);
        });
        document.body.append(dialog);
        dialog.showModal();
    });
}
