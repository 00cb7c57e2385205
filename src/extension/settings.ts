import * as vscode from 'vscode';
import { defaultConfig, type CheckConfig } from '../core/config';
import type { SeveritySetting } from '../core/types';

/** The check configuration for a document: the user's settings over the default house style. */
export function configFor(document: vscode.TextDocument): CheckConfig {
  const settings = vscode.workspace.getConfiguration('casereport', document.uri);
  return defaultConfig({
    rules: settings.get<Record<string, SeveritySetting>>('rules', {}),
    citations: { brackets: settings.get<boolean>('citations.brackets', true) },
    privacy: { allow: settings.get<string[]>('privacy.allow', []) },
  });
}

export function debounceMs(): number {
  return vscode.workspace.getConfiguration('casereport').get<number>('validate.debounceMs', 250);
}
