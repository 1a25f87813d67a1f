/**
 * Host access that optional features ask the browser for, shared by the background and the
 * settings page (the manifest's optional_host_permissions cover them).
 */

/** The look-alike warning: a phishing copy can be on any address. */
export const ALL_SITES = ['https://*/*', 'http://*/*'];

/** The breach check's range API (Have I Been Pwned). */
export const RANGE_API_ORIGIN = 'https://api.pwnedpasswords.com/*';
