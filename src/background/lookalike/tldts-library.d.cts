import type * as tldts from 'tldts';

declare function loadTldts(): typeof tldts;
export = loadTldts;
