import type { Host } from '../core';
import { createNodeHost } from '../node/host';

/** The file system as the engine sees it in a CLI run; its library cache lasts for the run. */
export const nodeHost: Host = createNodeHost();
