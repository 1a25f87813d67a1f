/** One fixture server and one browser with the built extension for a describe block. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  extensionDirFor,
  forgetGreetings,
  launchWithExtension,
  type BrowserKind,
  type ExtensionSession,
} from './browsers';
import type { OptionalAccess } from './chromium-profile';
import { startFixtureServer, type DynamicHost, type FixtureServer } from './fixture-server';

export interface ExtensionEnv {
  server: FixtureServer;
  session: ExtensionSession;
}

export interface ExtensionEnvOptions {
  /** Hosts answered by code instead of fixture files. */
  dynamic?: Record<string, DynamicHost>;
  /** Optional access the user allows when the extension asks for it. */
  allowed?: OptionalAccess;
}

/**
 * Starts both before the block's tests and closes them after; read `env.session` inside tests.
 * Each test starts with no vendor greeted yet, as in a new browser session.
 */
export function useExtension(kind: BrowserKind, { dynamic = {}, allowed }: ExtensionEnvOptions = {}): ExtensionEnv {
  const env = {} as ExtensionEnv;
  beforeAll(async () => {
    env.server = await startFixtureServer(undefined, dynamic);
    env.session = await launchWithExtension(kind, {
      extensionDir: extensionDirFor(kind),
      port: env.server.port,
      hosts: env.server.hosts,
      allowed,
    });
  });
  beforeEach(() => forgetGreetings(env.session));
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}
