/**
 * Numbered store migrations, oldest first. Each file exports a pure `up` that turns the whole
 * local area of version `version - 1` into version `version`; add one per shape change, with a
 * test that migrates an old-shape fixture. Store version 1 is the first shipped shape.
 */
import type { Migration } from '../migrate';

export const MIGRATIONS: readonly Migration[] = [];
