import * as vscode from 'vscode';
import type { ServiceLog } from './worker/connection';

/**
 * The "Case Report Writer" log channel (Output panel; its level follows "Developer: Set Log
 * Level"): the worker's start and errors, house-style loads, and request timings at debug level.
 */
let channel: vscode.LogOutputChannel | undefined;

export function openLog(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel('Case Report Writer', { log: true }));
}

/** The channel once the extension is active; silent before (and in tests without VS Code). */
export const log: ServiceLog = {
  info: (message) => channel?.info(message),
  debug: (message) => channel?.debug(message),
  error: (message) => channel?.error(message),
};
