// Bundled by the bench and added to fixture pages in Chromium, to time the content script's own
// detection code on real DOMs (the content script itself runs in an isolated world).
import { detect } from '../src/content/detect';
import { VENDOR_MATCHES } from '../src/vendors/lookup';

(globalThis as unknown as { __homeguardDetect: (vendorId: string, runs: number) => number[] }).__homeguardDetect = (
  vendorId,
  runs,
) => {
  const vendor = VENDOR_MATCHES.find((v) => v.id === vendorId)!;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    detect(document, new URL(location.href), vendor);
    times.push(performance.now() - started);
  }
  return times;
};
