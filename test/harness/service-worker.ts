/**
 * Stops an extension's MV3 service worker the way Chrome does when it is idle, and waits until
 * DevTools reports it stopped. The worker's running status comes from the ServiceWorker domain's
 * own events, not from the target list: a target list can still hold a worker that had just
 * stopped, or not yet hold one that is starting. A stop sent while the worker is still starting is
 * ignored by Chromium, so the stop is sent again until it takes.
 */
import type { Page } from 'puppeteer-core';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

export async function stopServiceWorker(
  page: Page,
  extensionBase: string,
  { timeout = 20_000, retryEvery = 1_000 } = {},
): Promise<void> {
  const devtools = await page.createCDPSession();
  const status = new Map<string, WorkerVersion['runningStatus']>();
  let stoppedSinceAsked = false;
  let asked = false;
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(extensionBase)) continue;
      status.set(version.versionId, version.runningStatus);
      if (asked && version.runningStatus === 'stopped') stoppedSinceAsked = true;
    }
  });
  const allStopped = () => status.size > 0 && [...status.values()].every((s) => s === 'stopped');
  try {
    await devtools.send('ServiceWorker.enable');
    asked = true;
    const deadline = Date.now() + timeout;
    while (!stoppedSinceAsked && !allStopped()) {
      if (Date.now() > deadline)
        throw new Error(`timed out after ${timeout} ms waiting for the service worker to stop`);
      await devtools.send('ServiceWorker.stopAllWorkers');
      const retryAt = Date.now() + retryEvery;
      while (!stoppedSinceAsked && Date.now() < retryAt) await new Promise((done) => setTimeout(done, 25));
    }
  } finally {
    await devtools.detach();
  }
}
