// @vitest-environment happy-dom
/**
 * The typing tracker: what a script does to a password field never counts as the user's typing.
 * happy-dom dispatches only untrusted events, so this covers the script side; the end-to-end tests
 * type for real in both browsers (passwords.test.ts) and attack from a page (hostile.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { trackTyping } from '../../../src/content/features/passwords/typed';

function field(value = ''): HTMLInputElement {
  document.body.replaceChildren();
  const input = document.createElement('input');
  input.type = 'password';
  input.value = value;
  document.body.append(input);
  return input;
}

describe('the typing tracker', () => {
  it('takes nothing from a value a script set and announced with input events', () => {
    const tracker = trackTyping(new AbortController().signal);
    const input = field();
    input.value = 'hunter2-guess';
    for (const type of ['keydown', 'beforeinput', 'input', 'change']) {
      input.dispatchEvent(new Event(type, { bubbles: true }));
    }
    expect(tracker.isTyped(input)).toBe(false);
    expect(tracker.takeTyped(input)).toBeNull();
  });

  it('takes nothing from a field that held a value before the user did anything', () => {
    const tracker = trackTyping(new AbortController().signal);
    const input = field('prefilled-by-the-page');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(tracker.takeTyped(input)).toBeNull();
  });

  it('stops listening when its signal is aborted', () => {
    const controller = new AbortController();
    const tracker = trackTyping(controller.signal);
    controller.abort();
    const input = field();
    input.value = 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(tracker.takeTyped(input)).toBeNull();
  });
});
