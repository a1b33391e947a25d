// The _headers file: its text as Netlify and Cloudflare Pages read it, under the site's base path.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile } from '../../../src/lib/hosting/headers.ts';
import { headersFor, parseHeaders } from '../../helpers/headers.ts';

describe('the _headers file', () => {
  it('writes one block per path, headers indented under it, every path under the base path', () => {
    const text = headersFile('/fact-checks/', [{ comment: 'Test.', paths: ['/*', '/articles/:article/'], headers: [['X-Test', 'a; b']] }]);
    expect(text).toBe('# Response headers for Netlify and Cloudflare Pages, written by the build.\n\n# Test.\n/fact-checks/*\n  X-Test: a; b\n/fact-checks/articles/:article/\n  X-Test: a; b\n');
  });

  it('refuses framing of a claim page but not of its embed page, at the root as under a base path', () => {
    for (const base of ['/', '/fact-checks/']) {
      const rules = parseHeaders(headersFile(base));
      expect(headersFor(rules, `${base}articles/a/claims/b/`).get('x-frame-options')).toEqual(['DENY']);
      expect(headersFor(rules, `${base}articles/a/claims/b/embed/`).get('x-frame-options')).toBeUndefined();
      expect(headersFor(rules, `${base}articles/a/claims/b/embed/`).get('content-security-policy')).toEqual([CONTENT_SECURITY_POLICY]);
    }
  });

  it('has a policy without inline script or style, and without eval of JavaScript', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});
