// Corrections that share words with a claim's quote, the claim as the original most likely read, and its ClaimReview.
import { describe, expect, it } from 'vitest';
import { asOriginallyWorded, correctionsOverlapping, rangesOverlap, replacementText } from '../../../src/lib/graph/overlaps.ts';
import type { ResolvedAnnotation } from '../../../src/lib/graph/types.ts';
import { claimReview } from '../../../src/lib/structured-data/claim-review.ts';
import { verifyContent } from '../../../src/lib/verify/index.ts';

const ARTICLE = `---
title: A translated report
publisher: Example Gazette
published: 2025-03-14
translation:
  from: ja
---

On Friday the mayor said he would close the bridge next week, officials said.

The council approved a budget of 12 million euros on Thursday, the minutes show.

Members said the vote was close and the vote was final, a   clerk   said the vote was late.
`;

const ANNOTATIONS = `reviewed: 2025-03-20
claims:
  - id: bridge-closure
    quote: "the mayor said he would close the bridge next week"
    verdict: supported
    summary: The mayor announced the closure.
    evidence: [{ source: minutes, stance: supports }]
  - id: garble-he-would
    kind: correction
    quote: "he would close the bridge"
    correction: "the bridge would be closed"
    summary: The original is passive.
  - id: garble-officials
    kind: correction
    quote: "next week, officials said"
    correction: "by next week, the officials said"
    summary: A word was lost.
  - id: budget
    quote: "approved a budget of 12 million euros"
    verdict: supported
    summary: The minutes record the budget.
    evidence: [{ source: minutes, stance: supports }]
  - id: garble-sentence
    kind: correction
    quote: "The council approved a budget of 12 million euros on Thursday"
    correction: "On Thursday the council approved a budget of 12 million euros"
    summary: The word order changed.
  - id: garble-twelve
    kind: correction
    quote: "12 million"
    correction: "…twelve million…"
    summary: The number was spelled out.
  - id: votes
    quote: "the vote was close and the vote was final, a clerk said the vote was late"
    verdict: mixed
    summary: Two of three hold.
    evidence: [{ source: minutes, stance: context }]
  - id: garble-second-vote
    kind: correction
    quote: "the vote"
    prefix: "close and "
    correction: "the ballot"
    summary: A different word.
  - id: garble-third-vote
    kind: correction
    quote: "the vote was late"
    correction: "the count was late"
    summary: Another word.
  - id: garble-third-vote-inner
    kind: correction
    quote: "vote was late"
    correction: "tally came late"
    summary: Nested in the previous correction.
  - id: note-mayor
    kind: note
    quote: "On Friday"
    summary: A date.
sources:
  - id: minutes
    title: Council minutes
    publisher: Example City
    url: https://example.org/minutes
    kind: official
`;

const { site, problems } = verifyContent(
  [
    { path: 'content/articles/translated-report.md', text: ARTICLE },
    { path: 'content/annotations/translated-report.yaml', text: ANNOTATIONS },
  ],
);
const article = site!.articles[0]!;
const byId = (id: string): ResolvedAnnotation => article.annotations.find((a) => a.annotation.id === id)!;
const overlapsOf = (id: string) => correctionsOverlapping(byId(id), article.annotations);
const summary = (id: string) => overlapsOf(id).map((o) => [o.correction.annotation.id, o.relation]);

describe('corrections that share words with a quote', () => {
  it('builds the test site, with the range of every quote in the graph', () => {
    expect(problems).toEqual([]);
    const claim = byId('bridge-closure');
    expect(claim.range.end - claim.range.start).toBe('the mayor said he would close the bridge next week'.length);
  });

  it('finds the corrections inside the quote, around it and across its edge, in reading order', () => {
    expect(summary('bridge-closure')).toEqual([
      ['garble-he-would', 'inside'],
      ['garble-officials', 'partial'],
    ]);
    expect(summary('budget')).toEqual([
      ['garble-sentence', 'contains'],
      ['garble-twelve', 'inside'],
    ]);
  });

  it('finds nothing for a quote no correction touches, and ignores notes and claims', () => {
    expect(overlapsOf('note-mayor')).toEqual([]);
    expect(overlapsOf('bridge-closure').every((o) => o.correction.annotation.kind === 'correction')).toBe(true);
  });

  it('counts ranges that only touch as not overlapping', () => {
    expect(rangesOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(rangesOverlap({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
    expect(rangesOverlap({ start: 3, end: 4 }, { start: 0, end: 9 })).toBe(true);
  });
});

describe('the claim as the original most likely read', () => {
  it('puts the text of each correction inside the quote in place of the words it corrects', () => {
    expect(asOriginallyWorded(byId('bridge-closure'), overlapsOf('bridge-closure'))).toBe('the mayor said the bridge would be closed next week');
  });

  it('leaves out a correction around the quote or across its edge, whose words cannot be split', () => {
    const onlyAround = overlapsOf('budget').filter((o) => o.relation !== 'inside');
    expect(asOriginallyWorded(byId('budget'), onlyAround)).toBeNull();
    const onlyAcross = overlapsOf('bridge-closure').filter((o) => o.relation === 'partial');
    expect(asOriginallyWorded(byId('bridge-closure'), onlyAcross)).toBeNull();
  });

  it('drops an ellipsis at the edges of a correction', () => {
    expect(replacementText(byId('garble-twelve'))).toBe('twelve million');
    expect(asOriginallyWorded(byId('budget'), overlapsOf('budget'))).toBe('approved a budget of twelve million euros');
  });

  it('replaces the occurrence the correction marks when its words occur more than once in the quote, across squashed white space', () => {
    expect(byId('votes').quote.quote).toBe('the vote was close and the vote was final, a clerk said the vote was late');
    expect(asOriginallyWorded(byId('votes'), overlapsOf('votes'))).toBe('the vote was close and the ballot was final, a clerk said the count was late');
  });

  it('applies the first of two corrections that overlap each other and leaves out the other', () => {
    expect(summary('votes')).toEqual([
      ['garble-second-vote', 'inside'],
      ['garble-third-vote', 'inside'],
      ['garble-third-vote-inner', 'inside'],
    ]);
    const withoutOuter = overlapsOf('votes').filter((o) => o.correction.annotation.id !== 'garble-third-vote');
    expect(asOriginallyWorded(byId('votes'), withoutOuter)).toBe('the vote was close and the ballot was final, a clerk said the tally came late');
  });
});

describe('the ClaimReview of a claim with corrections in its quote', () => {
  const context = {
    url: 'https://example.org/articles/translated-report/claims/bridge-closure/',
    articleUrl: 'https://example.org/articles/translated-report/',
    article: article.meta,
    reviewed: '2025-03-20',
    reviewers: [{ name: 'Desk' }],
    publisher: { name: 'Desk' },
    home: 'https://example.org/',
  };

  it('reviews the claim as the original most likely read when the article annotations are given', () => {
    const review = claimReview(byId('bridge-closure'), { ...context, annotations: article.annotations });
    expect(review.claimReviewed).toBe('the mayor said the bridge would be closed next week');
  });

  it('reviews the quoted words when no correction lies inside them, or when the annotations are not given', () => {
    expect(claimReview(byId('bridge-closure'), context).claimReviewed).toBe('the mayor said he would close the bridge next week');
    const onlyAround = article.annotations.filter((a) => a.annotation.id !== 'garble-twelve');
    expect(claimReview(byId('budget'), { ...context, annotations: onlyAround }).claimReviewed).toBe('approved a budget of 12 million euros');
  });
});
