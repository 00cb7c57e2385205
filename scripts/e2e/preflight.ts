// `npm run test:e2e`, step 1: check the system pieces and fill the cache (code-server, Node 24)
// with progress on the console, before mocha starts. Exits 1 with one clear message when a
// Debian package is missing.
import { ensureCodeServer } from './install';
import { PrerequisiteError, requireSystemPieces } from './prerequisites';

async function main(): Promise<void> {
  requireSystemPieces({ browser: true, buildTools: false });
  const install = await ensureCodeServer();
  console.log(`code-server ${install.version} ready (${install.entry})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof PrerequisiteError ? error.message : error);
  process.exit(1);
});
