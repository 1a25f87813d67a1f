/** Styles of in-page notices. System fonts only; follows the system's light or dark mode. */
export const bannerCss = `
:host { all: initial; }
.banner {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --accent: #0b5cad; --accent-fg: #ffffff; --border: #d0d7de; --warn: #bf3989;
  position: fixed; z-index: 2147483647; right: 16px; top: 16px; box-sizing: border-box;
  display: grid; grid-template-columns: 22px minmax(0, 1fr) 30px; grid-template-areas: "icon text close" ". actions actions";
  align-items: start; gap: 8px 10px; width: min(440px, calc(100vw - 32px));
  padding: 10px 10px 10px 14px; border: 1px solid var(--border); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .banner { --bg: #1f242b; --fg: #e6edf3; --muted: #9da7b3; --accent: #5aa9ff; --accent-fg: #0d1117; --border: #3d444d; --warn: #ff7eb6; }
}
.icon { grid-area: icon; width: 22px; height: 22px; fill: var(--accent); }
.actions { grid-area: actions; display: flex; flex-wrap: wrap; gap: 8px; }
.actions:empty { display: none; }
.icon .check { fill: none; stroke: var(--bg); stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.text { grid-area: text; margin: 2px 0 0; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.primary, .secondary { flex: none; padding: 6px 12px; border-radius: 6px; font: inherit; font-weight: 600; text-decoration: none; cursor: pointer; }
.primary { border: 0; background: var(--accent); color: var(--accent-fg); }
.secondary { border: 1px solid var(--border); background: transparent; color: var(--fg); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.banner.warning { border-left: 5px solid var(--warn); }
.banner.warning .icon { fill: var(--warn); }
.close { grid-area: close; width: 30px; height: 30px; padding: 0; border: 0; background: transparent; color: var(--muted); font-size: 20px; line-height: 1; }
.close:hover { color: var(--fg); }
`;
