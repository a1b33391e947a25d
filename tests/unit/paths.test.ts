// The URL contract: every address of the site, under any base path.
import { describe, expect, it } from 'vitest';
import { normalizeBase, paths, withBase } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('gives the addresses the contract names', () => {
    expect(paths.article('council-vote')).toBe('/articles/council-vote/');
    expect(paths.claim('council-vote', 'budget')).toBe('/articles/council-vote/claims/budget/');
    expect(paths.claimInArticle('council-vote', 'budget')).toBe('/articles/council-vote/#claim-budget');
    expect(paths.source('minutes')).toBe('/sources/minutes/');
    expect(paths.claims()).toBe('/claims/');
    expect(paths.figure('council-vote', 'costs')).toBe('/articles/council-vote/#figure-costs');
  });
});

describe('base paths', () => {
  it('normalises a base path to one slash at each end', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('fact-checks')).toBe('/fact-checks/');
    expect(normalizeBase('//fact-checks//')).toBe('/fact-checks/');
  });

  it('puts a site path under the base path', () => {
    expect(withBase('/fact-checks/', '/claims/')).toBe('/fact-checks/claims/');
    expect(withBase('/', '/claims/')).toBe('/claims/');
    expect(withBase('fact-checks', 'claims/')).toBe('/fact-checks/claims/');
  });
});
