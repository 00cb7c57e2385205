import assert from 'node:assert/strict';
import { browserCandidates, findBrowser, INSTALL_BROWSER_HINT, NoBrowserError, type BrowserMachine } from '../../src/node/pdf/browser';

/** A machine whose file system holds exactly `files`. */
function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, home = '/home/ana'): BrowserMachine {
  const present = new Set(files);
  return { platform, env, home, isFile: (path) => present.has(path) };
}

const WIN_ENV = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' };

describe('PDF export: which browser prints', () => {
  it('CHROME_PATH first, whatever else is installed', () => {
    const linux = machine('linux', ['/opt/brave/brave', '/usr/bin/google-chrome-stable', '/usr/bin/chromium'], { CHROME_PATH: '/opt/brave/brave' });
    assert.equal(findBrowser(linux), '/opt/brave/brave');
  });

  it('a CHROME_PATH naming no file is said, not replaced by another browser', () => {
    const linux = machine('linux', ['/usr/bin/chromium'], { CHROME_PATH: '/opt/gone/chrome' });
    assert.throws(() => findBrowser(linux), (error: Error) => error instanceof NoBrowserError && /^CHROME_PATH is \/opt\/gone\/chrome, which is not a file/.test(error.message));
  });

  it('Linux: Chrome, then Edge, then Chromium', () => {
    const all = ['/usr/bin/chromium', '/usr/bin/microsoft-edge-stable', '/opt/google/chrome/chrome'];
    assert.equal(findBrowser(machine('linux', all)), '/opt/google/chrome/chrome');
    assert.equal(findBrowser(machine('linux', all.slice(0, 2))), '/usr/bin/microsoft-edge-stable');
    assert.equal(findBrowser(machine('linux', ['/snap/bin/chromium', '/usr/bin/chromium-browser'])), '/usr/bin/chromium-browser');
    assert.equal(findBrowser(machine('linux', ['/snap/bin/chromium'])), '/snap/bin/chromium');
  });

  it('macOS: the applications in /Applications, then in the home folder, Chrome before Edge before Chromium', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    const userChrome = '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    assert.equal(findBrowser(machine('darwin', [edge, userChrome], {}, '/Users/ana')), userChrome);
    assert.equal(findBrowser(machine('darwin', [edge, '/Applications/Chromium.app/Contents/MacOS/Chromium'], {}, '/Users/ana')), edge);
  });

  it('Windows: Chrome in Program Files or the user\'s AppData, then Edge (usually in Program Files (x86)), then Chromium', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const userChrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    assert.equal(findBrowser(machine('win32', [edge, userChrome], WIN_ENV)), userChrome);
    assert.equal(findBrowser(machine('win32', [edge], WIN_ENV)), edge);
    assert.deepEqual(browserCandidates(machine('win32', [], WIN_ENV)).slice(0, 4), [
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      edge,
    ]);
    // Without the variables (a stripped environment), the default folders.
    assert.equal(findBrowser(machine('win32', ['C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'], {}, 'C:\\Users\\ana')), 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('no browser: one line saying how to install one', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      assert.throws(
        () => findBrowser(machine(platform, ['/usr/bin/firefox', 'C:\\Program Files\\Mozilla Firefox\\firefox.exe'])),
        (error: Error) => error instanceof NoBrowserError && error.message === `no Chrome, Edge or Chromium found to print the PDF: ${INSTALL_BROWSER_HINT}` && !error.message.includes('\n'),
      );
    }
  });
});
