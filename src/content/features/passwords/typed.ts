/**
 * Which password values the user typed or pasted. A page script can set a field's value and call
 * `requestSubmit()` (a trusted submit event), and even `document.execCommand('insertText')` fires
 * trusted input events, so neither a submit nor an input event proves a person typed. A change
 * counts only when the browser reports it together with the user's own act on that very field:
 * a trusted key press whose character is what went in (or Backspace/Delete for a deletion), a
 * trusted paste, cut or drop, or an IME composition. Anything else marks the field as planted
 * until the user empties it; a planted value is never rated or checked.
 */
interface FieldRecord {
  /** The value as the user's last own change left it; null once handed over or never typed. */
  value: string | null;
  /** After the value was handed over: a short hash of it, enough to notice a script's change. */
  sentHash: number | null;
  planted: boolean;
  /** The user's act on this field that the next change must come from. */
  act: { kind: 'key'; key: string } | { kind: 'paste' | 'cut' | 'drop' } | null;
  composing: boolean;
}

export interface TypingTracker {
  /** Whether the field's current value is the user's own typing. */
  isTyped(input: HTMLInputElement): boolean;
  /** The field's value if the user typed it and it was not taken before; forgets it. */
  takeTyped(input: HTMLInputElement): string | null;
}

function isPasswordField(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && target.type === 'password';
}

const DELETIONS = new Set(['Backspace', 'Delete']);

/** FNV-1a, 32 bits: tells a changed value from an unchanged one without keeping the value. */
function shortHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Whether a change of this input type is what the user's act would cause. */
function explains(record: FieldRecord, event: InputEvent): boolean {
  const { act } = record;
  const type = event.inputType;
  if (type === 'insertCompositionText' || type === 'insertFromComposition') return record.composing;
  if (type === 'insertText') {
    // Virtual keyboards report "Unidentified" or "Process" for the key and insert what was chosen.
    const key = act?.kind === 'key' ? act.key : null;
    return record.composing || key === event.data || key === 'Unidentified' || key === 'Process';
  }
  if (type.startsWith('delete')) {
    if (type === 'deleteByCut') return act?.kind === 'cut';
    return act?.kind === 'key' && DELETIONS.has(act.key);
  }
  if (type === 'insertFromPaste') return act?.kind === 'paste';
  if (type === 'insertFromDrop') return act?.kind === 'drop';
  return false;
}

export function trackTyping(signal: AbortSignal, root: Document = document): TypingTracker {
  const fields = new WeakMap<HTMLInputElement, FieldRecord>();
  const recordOf = (input: HTMLInputElement) => {
    let record = fields.get(input);
    if (record === undefined) {
      // A field that already holds a value before any act of the user's was filled by a script.
      const empty = input.value === '';
      record = { value: empty ? '' : null, sentHash: null, planted: !empty, act: null, composing: false };
      fields.set(input, record);
    }
    return record;
  };
  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted && isPasswordField(event.target)) handler(event);
      },
      { capture: true, signal },
    );

  listen('keydown', (event) => {
    recordOf(event.target as HTMLInputElement).act = { kind: 'key', key: event.key };
  });
  for (const kind of ['paste', 'cut', 'drop'] as const) {
    listen(kind, (event) => {
      recordOf(event.target as HTMLInputElement).act = { kind };
    });
  }
  listen('compositionstart', (event) => {
    recordOf(event.target as HTMLInputElement).composing = true;
  });
  listen('compositionend', (event) => {
    recordOf(event.target as HTMLInputElement).composing = false;
  });
  listen('beforeinput', (event) => {
    const record = recordOf(event.target as HTMLInputElement);
    const input = event.target as HTMLInputElement;
    // Something other than the user changed the value since their last change, or this change is
    // not what the user's own act would do (execCommand, a script's insert during a key press).
    const untouched =
      record.value !== null
        ? record.value === input.value
        : record.sentHash !== null
          ? record.sentHash === shortHash(input.value)
          : input.value === '';
    if (!untouched || !explains(record, event)) record.planted = true;
    record.act = null;
  });
  root.addEventListener(
    'input',
    (event) => {
      if (!isPasswordField(event.target)) return;
      const input = event.target;
      const record = recordOf(input);
      if (!event.isTrusted) record.planted = true;
      if (input.value === '') record.planted = false; // emptied: what comes next is typed afresh
      record.value = record.planted ? null : input.value;
      record.sentHash = null;
    },
    { capture: true, signal },
  );

  return {
    isTyped(input) {
      const record = fields.get(input);
      return record !== undefined && !record.planted && record.value !== null && record.value === input.value;
    },
    takeTyped(input) {
      const record = fields.get(input);
      if (record === undefined || record.planted || record.value === null || record.value === '') return null;
      if (record.value !== input.value) return null;
      // Handed over: not kept here (only a hash, to notice a change), and not sent twice.
      record.value = null;
      record.sentHash = shortHash(input.value);
      return input.value;
    },
  };
}
