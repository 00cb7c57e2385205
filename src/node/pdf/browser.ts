// Which Chromium-family browser prints the PDF: one already on the machine, never a download.

/** What discovery reads of the machine; tests pass a fake one. */
export interface BrowserMachine {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder. */
  home: string;
  /** Whether an executable file is there. */
  isFile(path: string): boolean;
}

/** How to get a browser, said once: the no-browser message and the README use it. */
export const INSTALL_BROWSER_HINT =
  'install Google Chrome (https://www.google.com/chrome/), Microsoft Edge (https://www.microsoft.com/edge) or Chromium, or set CHROME_PATH to one';

export class NoBrowserError extends Error {}

/**
 * The usual install paths of Chrome, Edge and Chromium on the machine's platform, in the order they
 * are tried (after CHROME_PATH): stable before other channels, system-wide before per-user.
 */
export function browserCandidates(machine: BrowserMachine): string[] {
  const { env, home } = machine;
  switch (machine.platform) {
    case 'win32': {
      const programFiles = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'];
      const local = env.LOCALAPPDATA ?? `${home}\\AppData\\Local`;
      const inFolders = (folders: string[], tail: string) => folders.map((folder) => `${folder}\\${tail}`);
      return [
        ...inFolders([...programFiles, local], 'Google\\Chrome\\Application\\chrome.exe'),
        ...inFolders([programFiles[1], programFiles[0], local], 'Microsoft\\Edge\\Application\\msedge.exe'),
        ...inFolders([...programFiles, local], 'Chromium\\Application\\chrome.exe'),
      ];
    }
    case 'darwin': {
      const app = (name: string, binary: string) => [`/Applications/${name}.app/Contents/MacOS/${binary}`, `${home}/Applications/${name}.app/Contents/MacOS/${binary}`];
      return [...app('Google Chrome', 'Google Chrome'), ...app('Microsoft Edge', 'Microsoft Edge'), ...app('Chromium', 'Chromium')];
    }
    default:
      return [
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
        '/opt/google/chrome/chrome',
        '/usr/bin/microsoft-edge-stable',
        '/usr/bin/microsoft-edge',
        '/opt/microsoft/msedge/msedge',
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
      ];
  }
}

/**
 * The browser to print with: CHROME_PATH when set (and then only it: a wrong CHROME_PATH is said,
 * not silently replaced), else the first install path that holds a file. Throws NoBrowserError with
 * a one-line message saying how to install one.
 */
export function findBrowser(machine: BrowserMachine): string {
  const chosen = machine.env.CHROME_PATH?.trim();
  if (chosen) {
    if (machine.isFile(chosen)) return chosen;
    throw new NoBrowserError(`CHROME_PATH is ${chosen}, which is not a file: set it to a Chrome, Edge or Chromium executable, or unset it to use an installed browser`);
  }
  const found = browserCandidates(machine).find((path) => machine.isFile(path));
  if (found) return found;
  throw new NoBrowserError(`no Chrome, Edge or Chromium found to print the PDF: ${INSTALL_BROWSER_HINT}`);
}
