import { checkupBanner } from './checkup-banner';
import { pageFindings } from './page-findings';
import { passwords } from './passwords';
import type { Feature } from './types';

/** Every in-page feature, in the order they start. */
export const FEATURES: readonly Feature[] = [checkupBanner, passwords, pageFindings];
