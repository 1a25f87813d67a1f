/** The vendors and pages added since the first release, each with the access it needs (host-access.ts). */
import { optionalAccess, type OptionalAccess } from './host-access';
import { VENDOR_MATCHES } from './lookup';

export const OPTIONAL_VENDOR_ACCESS: readonly OptionalAccess[] = VENDOR_MATCHES.flatMap((v) => optionalAccess(v) ?? []);
