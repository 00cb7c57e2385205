// Plain decisions of the export commands, without `vscode`, so that they are unit-tested.

/** The window an exported file is opened or revealed from. */
export interface WindowKind {
  /** `vscode.env.remoteName`: set in a remote window (code-server, SSH, WSL, containers). */
  remoteName: string | undefined;
  /** `vscode.env.uiKind === UIKind.Desktop`. */
  desktop: boolean;
  /** The exported file's URI scheme. */
  scheme: string;
}

/**
 * How "Open" and "Reveal" reach the exported file. Only a local `file:` in a desktop window is handed
 * to the operating system (Word or the PDF viewer, the file manager); anywhere else the file opens
 * in VS Code and is revealed in its Explorer. In a remote window `openExternal` of the file's
 * `vscode-remote:` URI would send the browser tab to that address and freeze the workbench.
 */
export function openPlan(window: WindowKind): { open: 'system' | 'editor'; reveal: 'system' | 'explorer' } {
  const local = window.desktop && window.remoteName === undefined && window.scheme === 'file';
  return local ? { open: 'system', reveal: 'system' } : { open: 'editor', reveal: 'explorer' };
}

/** The buttons of the "Exported name" notification. */
export type DeliverAction = 'Open' | 'Reveal' | 'Reveal in Explorer' | 'Copy Path';

/**
 * What the notification offers for the exported file. A Word or PDF file opens only in the system's
 * application: in a remote or web window (code-server) there is none to hand it to, and VS Code's
 * editor shows a dead end ("binary or uses an unsupported text encoding"), so no Open there: the
 * Explorer selects it, or, outside the workspace where the Explorer cannot, its path is copied.
 * An HTML page opens in VS Code's editor anywhere.
 */
export function deliverActions(window: WindowKind, file: { name: string; inWorkspace: boolean }): DeliverAction[] {
  if (openPlan(window).open === 'system' || !/\.(docx|pdf)$/i.test(file.name)) return ['Open', 'Reveal'];
  return file.inWorkspace ? ['Reveal in Explorer'] : ['Copy Path'];
}

/** The file proposed in the save dialog: beside the report, its name with the format's extension. */
export function besideReport(path: string, extension: string): string {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return `${path.slice(0, slash + 1)}${dot > 0 ? name.slice(0, dot) : name}${extension}`;
}
