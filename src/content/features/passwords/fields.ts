/**
 * Finding password fields and telling what the form is for: a login, a sign-up or a password
 * change. Vendor page patterns decide first; the form's own markup decides otherwise.
 */
import type { PasswordForm } from '../../../shared/messages';

export interface PasswordField {
  input: HTMLInputElement;
  form: PasswordForm;
  /** True for the field that holds the account's new password (gets the meter). */
  isNew: boolean;
}

/** The form, or the nearest ancestor that groups the field with its siblings (forms without <form>). */
export function scopeOf(input: HTMLInputElement): ParentNode {
  if (input.form) return input.form;
  let node: HTMLElement | null = input.parentElement;
  while (node !== null && node.querySelectorAll('input').length < 2 && node !== document.body) {
    node = node.parentElement;
  }
  return node ?? document;
}

function autocompleteOf(input: HTMLInputElement): string {
  return (input.getAttribute('autocomplete') ?? '').toLowerCase();
}

/** Password fields a person could type into (hidden honeypots and disabled fields are skipped). */
export function passwordInputs(scope: ParentNode): HTMLInputElement[] {
  return [...scope.querySelectorAll<HTMLInputElement>('input[type="password"]')].filter(
    (input) => !input.disabled && input.getClientRects().length > 0,
  );
}

/**
 * Classifies every password field in a scope. `pageKind` is the vendor pattern's verdict for
 * the page, when a pattern matched.
 */
export function classifyScope(scope: ParentNode, pageKind?: PasswordForm): PasswordField[] {
  const inputs = passwordInputs(scope);
  if (inputs.length === 0) return [];
  const hasCurrent = inputs.some((i) => autocompleteOf(i).includes('current-password'));
  const newOnes = inputs.filter((i) => autocompleteOf(i).includes('new-password'));
  let form: PasswordForm;
  if (pageKind !== undefined) form = pageKind;
  else if (newOnes.length > 0) form = hasCurrent || inputs.length >= 3 ? 'password-change' : 'sign-up';
  else if (inputs.length >= 3) form = 'password-change';
  else if (inputs.length === 2) form = hasUsernameField(scope) ? 'sign-up' : 'password-change';
  else form = 'login';

  // The new password: the first "new-password" field, else the first field after a current one.
  const newField =
    form === 'login'
      ? undefined
      : (newOnes[0] ?? (form === 'password-change' && inputs.length >= 2 ? inputs[1] : inputs[0]));
  return inputs.map((input) => ({ input, form, isNew: input === newField }));
}

function hasUsernameField(scope: ParentNode): boolean {
  return usernameInputs(scope).length > 0;
}

export function usernameInputs(scope: ParentNode): HTMLInputElement[] {
  return [...scope.querySelectorAll<HTMLInputElement>('input')].filter((input) => {
    const type = input.type.toLowerCase();
    const hint = `${autocompleteOf(input)} ${input.name} ${input.id}`.toLowerCase();
    return type === 'email' || (type === 'text' && /user|email|login|e-mail/.test(hint));
  });
}

/** What the user typed as their name or email, an input to the strength check (never stored). */
export function typedUserInputs(scope: ParentNode): string[] {
  return usernameInputs(scope)
    .map((input) => input.value.trim().slice(0, 254))
    .filter((value) => value !== '')
    .slice(0, 2);
}
