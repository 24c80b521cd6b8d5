import { accessSync, constants } from 'node:fs';
import { EnvironmentError } from '../errors';
import * as msg from '../messages';

/** Where Debian, Ubuntu and Chrome's own packages put the browser, in the order tried. */
const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/**
 * The browser that prints the PDF: $PUPPETEER_EXECUTABLE_PATH if set, else the first of
 * BROWSER_PATHS that can be executed. The project never downloads a browser of its own.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, paths: readonly string[] = BROWSER_PATHS): string {
  const candidates = env.PUPPETEER_EXECUTABLE_PATH ? [env.PUPPETEER_EXECUTABLE_PATH] : paths;
  const found = candidates.find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) throw new EnvironmentError(msg.noBrowser(env.PUPPETEER_EXECUTABLE_PATH ? [env.PUPPETEER_EXECUTABLE_PATH] : [...paths]));
  return found;
}
