/** Styles of in-page notices. System fonts only; follows the system's light or dark mode. */
export const bannerCss = `
:host { all: initial; }
.banner {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --accent: #0b5cad; --accent-fg: #ffffff; --border: #d0d7de; --warn: #bf3989;
  position: fixed; z-index: 2147483647; right: 16px; top: 16px; box-sizing: border-box;
  display: flex; flex-wrap: wrap; align-items: center; gap: 10px; max-width: min(480px, calc(100vw - 32px));
  padding: 10px 10px 10px 14px; border: 1px solid var(--border); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .banner { --bg: #1f242b; --fg: #e6edf3; --muted: #9da7b3; --accent: #5aa9ff; --accent-fg: #0d1117; --border: #3d444d; --warn: #ff7eb6; }
}
.icon { flex: none; width: 22px; height: 22px; fill: var(--accent); }
.icon .check { fill: none; stroke: var(--bg); stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.text { margin: 0; flex: 1 1 220px; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.primary, .secondary { flex: none; padding: 6px 12px; border-radius: 6px; font: inherit; font-weight: 600; text-decoration: none; cursor: pointer; }
.primary { border: 0; background: var(--accent); color: var(--accent-fg); }
.secondary { border: 1px solid var(--border); background: transparent; color: var(--fg); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.banner.warning { border-left: 5px solid var(--warn); }
.banner.warning .icon { fill: var(--warn); }
.close { flex: none; width: 30px; height: 30px; padding: 0; border: 0; background: transparent; color: var(--muted); font-size: 20px; line-height: 1; }
.close:hover { color: var(--fg); }
`;
