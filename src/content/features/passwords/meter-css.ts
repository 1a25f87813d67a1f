/** Styles of the strength meter; it sits in the page's flow under the field. */
export const meterCss = `
:host { display: block; }
.meter {
  --fg: #1b1f24; --muted: #57606a; --off: #d0d7de;
  --s0: #cf222e; --s1: #d1242f; --s2: #bf8700; --s3: #2da44e; --s4: #1a7f37;
  margin: 4px 0 8px; color: var(--fg); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .meter { --fg: #e6edf3; --muted: #9da7b3; --off: #3d444d; --s0: #ff7b72; --s1: #ff8f7e; --s2: #d29922; --s3: #56d364; --s4: #3fb950; }
}
.meter.empty { display: none; }
.bar { display: grid; grid-template-columns: repeat(5, 1fr); gap: 3px; height: 5px; }
.bar span { border-radius: 3px; background: var(--off); }
.meter.score-0 .on { background: var(--s0); }
.meter.score-1 .on { background: var(--s1); }
.meter.score-2 .on { background: var(--s2); }
.meter.score-3 .on { background: var(--s3); }
.meter.score-4 .on { background: var(--s4); }
.level, .advice, .leaked { margin: 4px 0 0; }
.leaked { color: var(--s0); font-weight: 600; }
.advice { color: var(--muted); }
`;
