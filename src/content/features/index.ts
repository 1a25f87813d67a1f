import { offsite } from './offsite';
import { pageFindings } from './page-findings';
import { passwords } from './passwords';
import type { Feature } from './types';
import { visit } from './visit';

/** Every in-page feature, in the order they start. */
export const FEATURES: readonly Feature[] = [visit, passwords, pageFindings, offsite];
