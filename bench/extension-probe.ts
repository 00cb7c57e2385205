/** Runs in its own plain-Node process: activation cost, then the edit simulation; prints JSON last. */
import { readFileSync } from 'node:fs';
import { measureActivation, simulateEditing } from './extension';

async function main(): Promise<void> {
  const path = process.argv[2];
  const activation = measureActivation();
  const editing = await simulateEditing(readFileSync(path, 'utf8'), path);
  process.stdout.write(`\n${JSON.stringify({ activation, editing })}\n`);
  process.exit(0);
}

void main();
