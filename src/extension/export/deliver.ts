// The last step of every export (HTML, Word, PDF): the file written whole or not at all, then offered
// to the author in a way that works in every kind of window. Small and free of the exporters, so
// that Export HTML (in extension.js) and the Word and PDF exports (dist/export.js) share it.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { deliverActions, openPlan } from './where';

/** Every byte or nothing: a temporary file beside the target, renamed over it once written. */
export async function writeThroughRename(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const temporary = target.with({ path: `${target.path.replace(/\/[^/]*$/, '')}/.${target.path.split('/').pop()}.${randomBytes(4).toString('hex')}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temporary, bytes);
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

/**
 * "Exported name" (with the warnings, if any) and the actions deliverActions offers: Open and Reveal
 * through the system's application and file manager only for a local file in a desktop window, VS
 * Code's editor and Explorer anywhere else (never openExternal of a vscode-remote: URI, which froze
 * code-server); in a remote or web window a .docx or .pdf is revealed in the Explorer (or its path
 * copied), since no editor there opens it.
 */
export async function offerOpen(target: vscode.Uri, warnings: readonly string[]): Promise<void> {
  const fileName = target.path.split('/').pop() ?? target.path;
  const window = { remoteName: vscode.env.remoteName, desktop: vscode.env.uiKind === vscode.UIKind.Desktop, scheme: target.scheme };
  const actions = deliverActions(window, { name: fileName, inWorkspace: vscode.workspace.getWorkspaceFolder(target) !== undefined });
  const message = warnings.length > 0
    ? `Exported ${fileName}, with ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}: ${warnings.slice(0, 3).join('; ')}${warnings.length > 3 ? '; ...' : ''}`
    : `Exported ${fileName}`;
  const chosen = await (warnings.length > 0 ? vscode.window.showWarningMessage(message, ...actions) : vscode.window.showInformationMessage(message, ...actions));
  if (!chosen) return;
  const plan = openPlan(window);
  if (chosen === 'Copy Path') {
    await vscode.env.clipboard.writeText(target.fsPath);
  } else if (chosen === 'Open') {
    if (plan.open === 'system') await vscode.env.openExternal(target);
    else await vscode.commands.executeCommand('vscode.open', target);
  } else if (plan.reveal === 'system') {
    await vscode.commands.executeCommand('revealFileInOS', target);
  } else {
    await vscode.commands.executeCommand('revealInExplorer', target);
  }
}
