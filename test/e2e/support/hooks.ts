// Mocha global fixtures and root hooks for the end-to-end suite (test/e2e/.mocharc.json).
import { join } from 'node:path';
import { RESULTS, startSession, stopSession } from './session';
import { activeWorkbench } from './workbench';

export async function mochaGlobalSetup(): Promise<void> {
  try {
    await startSession();
  } catch (error) {
    await stopSession();
    throw error;
  }
}

export async function mochaGlobalTeardown(): Promise<void> {
  await stopSession();
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

export const mochaHooks = {
  /** Every test leaves a screenshot of its workbench (passed or failed) under test-results/e2e/. */
  async afterEach(this: Mocha.Context): Promise<void> {
    const workbench = activeWorkbench();
    if (!workbench) return;
    const test = this.currentTest;
    const name = `${slug(test?.fullTitle() ?? 'test')}${test?.state === 'failed' ? '.failed' : ''}.png`;
    try {
      await workbench.screenshot(join(RESULTS, name));
    } finally {
      await workbench.close();
    }
  },
};
