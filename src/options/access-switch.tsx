/**
 * The one mechanism behind every switch whose feature needs optional browser access: ask in the
 * click's own task (browsers allow the prompt only there, before anything is awaited), turn the
 * feature on only once granted, say so when declined, and give the access back only once "off"
 * is saved (if saving failed, the feature is still on and keeps what it needs).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { SettingsView } from '../shared/messages';

type Access = Parameters<typeof browser.permissions.request>[0];

export function useOptionalAccess() {
  const [denied, setDenied] = useState(false);
  /** Asks for `access`; runs `granted` once the browser allowed it, else shows the alert. */
  const ask = (access: Access, granted: () => unknown): void => {
    setDenied(false);
    void browser.permissions.request(access).then((ok) => (ok ? granted() : setDenied(true)));
  };
  /** Saves "off", then gives the access back, only if the save went through. */
  const release = (
    saveOff: () => Promise<SettingsView | null>,
    giveBack: (stored: SettingsView) => Promise<unknown>,
  ): Promise<unknown> => {
    setDenied(false);
    return saveOff().then((stored) => stored && giveBack(stored));
  };
  return { denied, ask, release };
}

/** Runs `refresh` now and whenever the browser grants or takes back optional access. */
export function useAccessChanges(refresh: () => void): void {
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
}

/** A labelled switch (a checkbox with the switch role); `onToggle` gets the state the user asked for. */
export function Toggle(props: {
  name: string;
  label: string;
  checked: boolean;
  disabled: boolean;
  onToggle: (on: boolean) => void;
}) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        role="switch"
        name={props.name}
        disabled={props.disabled}
        checked={props.checked}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** Why a switch stayed off: the browser did not grant its access. */
export function AccessDenied(props: { shown: boolean; text: string }) {
  return props.shown ? (
    <p class="error" role="alert">
      {props.text}
    </p>
  ) : null;
}
