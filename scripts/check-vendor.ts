/**
 * `npx tsx scripts/check-vendor.ts <file.json>...`: checks vendor files against the schema and
 * the source rules (docs/vendor-data.md) and prints every problem with its field, so a
 * contributor sees them before the tests do. Exits 1 when any file has a problem.
 */
import { readFileSync } from 'node:fs';
import { parseVendor } from '../src/vendors/schema.ts';
import { sourceProblems } from '../src/vendors/source-rules.ts';

const today = new Date().toISOString().slice(0, 10);
let failed = false;
for (const file of process.argv.slice(2)) {
  let problems: string[];
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data._research; // drafts may carry research notes
    const result = parseVendor(data);
    problems = result.ok
      ? sourceProblems(result.vendor, today).map((p) => `${p.field}: ${p.message}`)
      : result.problems;
  } catch (error) {
    problems = [`not readable JSON: ${error instanceof Error ? error.message : String(error)}`];
  }
  failed ||= problems.length > 0;
  console.log(problems.length === 0 ? `${file}: ok` : `${file}:\n  ${problems.join('\n  ')}`);
}
process.exit(failed ? 1 : 0);
