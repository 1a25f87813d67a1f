/**
 * The source package AMO asks for with a bundled add-on: every file the repository tracks, as it
 * is in the working tree, with BUILDING.md saying how to rebuild the submitted files from it.
 * Entries carry a fixed date and come in a fixed order, so the same tree gives the same zip.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/** The repository's tracked files that exist in the working tree, sorted. */
export function trackedFiles(root = '.'): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0');
  return listed.filter((file) => file !== '' && !file.startsWith('docs/screenshots/')).sort();
}

export async function writeSourcePackage(outFile: string, root = '.'): Promise<string[]> {
  const zip = new JSZip();
  const files = trackedFiles(root).filter((file) => {
    try {
      zip.file(file, readFileSync(`${root}/${file}`), { date: FIXED_DATE, createFolders: false });
      return true;
    } catch {
      return false; // deleted in the working tree, not yet committed
    }
  });
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  writeFileSync(outFile, data);
  return files;
}
