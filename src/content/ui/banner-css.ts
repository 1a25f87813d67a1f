/** Styles of in-page notices. System fonts only; follows the system's light or dark mode. */
export const bannerCss = `
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
/* The shield is drawn by CSS: the first SVG element a content script makes costs about 1 ms. */
.icon { grid-area: icon; position: relative; width: 22px; height: 22px; background: var(--accent); forced-color-adjust: none;
  clip-path: path("M11 1.83 3.67 4.58v5.5c0 4.58 3.12 8.62 7.33 10.08 4.22-1.47 7.33-5.5 7.33-10.08v-5.5Z"); }
.icon::after { content: ""; position: absolute; left: 8.4px; top: 5.6px; width: 3.6px; height: 7.4px; border: solid var(--bg);
  border-width: 0 2px 2px 0; transform: rotate(45deg); }
@media (forced-colors: active) { .icon { background: CanvasText; } .icon::after { border-color: Canvas; } }
.actions { grid-area: actions; display: flex; flex-wrap: wrap; gap: 8px; }
.actions:empty { display: none; }
.text { grid-area: text; margin: 2px 0 0; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.primary, .secondary { flex: none; padding: 6px 12px; border-radius: 6px; font: inherit; font-weight: 600; text-decoration: none; cursor: pointer; }
.primary { border: 0; background: var(--accent); color: var(--accent-fg); }
.secondary { border: 1px solid var(--border); background: transparent; color: var(--fg); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.banner.warning { border-left: 5px solid var(--warn); }
.banner.warning .icon { background: var(--warn); }
.close { grid-area: close; width: 30px; height: 30px; padding: 0; border: 0; background: transparent; color: var(--muted); font-size: 20px; line-height: 1; }
.close:hover { color: var(--fg); }
`;
