// Watches a page for Content-Security-Policy violations: the events the document fires, and the console's errors.
import type { Frame, Page } from 'playwright-core';

declare global {
  interface Window {
    policyViolations?: string[];
  }
}

/**
 * Starts recording in every frame of the page (call before the first navigation); the function returned gives what
 * was recorded: one line per violation or console error.
 */
export async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') console.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    });
  });
  const ofFrame = (frame: Frame) => frame.evaluate(() => window.policyViolations ?? []).catch(() => [] as string[]);
  return async () => [...(await Promise.all(page.frames().map(ofFrame))).flat(), ...console];
}
