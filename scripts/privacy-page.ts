/**
 * Ships PRIVACY.md inside the extension as privacy.html, so the settings page can open the policy
 * that is in the repository, word for word, without any network request.
 */
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import type { Plugin } from 'vite';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
code{font-size:90%}@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}td,th{border-color:#30363d}a{color:#58a6ff}}`;

export function privacyPage(source = 'PRIVACY.md'): Plugin {
  return {
    name: 'homeguard-privacy-page',
    apply: 'build',
    generateBundle() {
      const body = marked.parse(readFileSync(source, 'utf8'), { async: false });
      const html = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<title>HomeGuard privacy policy</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}</body>\n</html>\n`;
      this.emitFile({ type: 'asset', fileName: 'privacy.html', source: html });
    },
  };
}
