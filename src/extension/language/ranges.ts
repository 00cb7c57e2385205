import * as vscode from 'vscode';
import type { Span } from '../../core';

/** Model offsets exclude a BOM, as does `TextDocument.getText()`, so they map directly. */
export function spanRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function spanLocation(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, spanRange(document, span));
}
