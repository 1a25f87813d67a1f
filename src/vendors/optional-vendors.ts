/**
 * The vendors and pages added since the first release, each with the access it needs
 * (host-access.ts). The build works the list out from the vendor files with the same function
 * (vite.config.ts): comparing every vendor pattern with every install pattern cost each start of
 * the worker 5-30 ms, before it could answer the popup. A unit test checks the two agree.
 */
import type { OptionalAccess } from './host-access';

declare const __OPTIONAL_VENDOR_ACCESS__: readonly OptionalAccess[];

export const OPTIONAL_VENDOR_ACCESS: readonly OptionalAccess[] = __OPTIONAL_VENDOR_ACCESS__;
