import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Makes sure dist/preview.js and dist/preview.css are built from the current sources. */
export function ensurePreviewAssets(): void {
  const outputs = ['dist/preview.js', 'dist/preview.css'].map((f) => join(ROOT, f));
  const sources = ['src/preview/main.ts', 'src/preview/pages.ts', 'src/preview/patch.ts', 'src/preview/scroll.ts', 'src/preview/preview.css'].map((f) => join(ROOT, f));
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (outputs.every((f) => existsSync(f) && statSync(f).mtimeMs >= newest)) return;
  execFileSync(process.execPath, ['-e', `require('esbuild').buildSync({entryPoints:['src/preview/main.ts'],outfile:'dist/preview.js',bundle:true,platform:'browser',format:'iife',target:'es2020',logLevel:'error'});require('esbuild').buildSync({entryPoints:['src/preview/preview.css'],outfile:'dist/preview.css',bundle:true,logLevel:'error'})`], { cwd: ROOT, stdio: 'inherit' });
}
