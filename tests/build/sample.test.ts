// The sample article builds as a complete fact-check: every annotation anchored, every claim backed by evidence,
// no positive verdict on garbled words, no copy of the article cited as support for it, the record carried to 2025.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeText } from '../../src/lib/anchoring/normalize.ts';
import { readContentFiles } from '../../src/lib/content/read-files.ts';
import { correctionsOverlapping } from '../../src/lib/graph/overlaps.ts';
import { verifyContent } from '../../src/lib/verify/index.ts';
import { annotationFileSchema, type AnnotationFile, type Verdict } from '../../src/schemas/index.ts';
import { buildSite, PROJECT_ROOT, removeBuild, type BuildResult } from '../helpers/build.ts';
import { attr, markedText, readPage, toString } from '../helpers/html.ts';

const SLUG = 'north-korean-troops-kursk';
const file: AnnotationFile = annotationFileSchema.parse(parse(readFileSync(join(PROJECT_ROOT, `content/annotations/${SLUG}.yaml`), 'utf8')));
const ofKind = (kind: string) => file.claims.filter((c) => c.kind === kind);
const POSITIVE: readonly Verdict[] = ['supported', 'mostly-supported'];

/** The sample's site graph, with the place of every quote in the article's text. */
const graph = verifyContent(readContentFiles(PROJECT_ROOT)).site!;
const article = graph.articles.find((a) => a.slug === SLUG)!;
const resolved = (id: string) => article.annotations.find((a) => a.annotation.id === id)!;

/**
 * Every correction of the sample, judged once: does the garble change who did or said what (the actor, the speaker,
 * who or how many are the source, what was done), or only how it is worded? A new correction must be judged here
 * before the tests pass. A claim with a positive verdict may not share a word with one that does, and no claim's
 * quote may contain one, since the structured data reviews a claim with the corrections inside its quote applied.
 */
const CHANGES_WHO_OR_WHAT: Record<string, { changes: boolean; why: string }> = {
  'garble-one-person': { changes: true, why: 'splits one attribution into "Ukrainian officials" and "one person and two U.S. officials"' },
  'garble-further-counterattack': { changes: false, why: 'a further counterattack / a coming counteroffensive: the same actors and act' },
  'garble-winter-moved': { changes: true, why: 'moves the winter deadline to another part of what the officials said' },
  'garble-it-said': { changes: true, why: 'invents a speaker, "It said"' },
  'garble-number-at-12000': { changes: false, why: 'drops "as high as": Ukraine still put the number at 12,000' },
  'garble-lloyd-j': { changes: false, why: 'loses the surname and the intensifier; Defense Secretary Lloyd J. still calls it an escalation' },
  'garble-officials-plural': { changes: true, why: 'one Ukrainian official becomes several officials' },
  'garble-mixed-information': { changes: true, why: 'one Ukrainian official becomes several officials' },
  'garble-stray-full-stops': { changes: false, why: 'punctuation: the same forces advancing in the same place' },
  'garble-he-would-send': { changes: true, why: 'Zelensky becomes the one sending North Korean troops' },
  'garble-gave-in-return': { changes: true, why: 'what Putin is giving becomes what he gave: a payment already made' },
  'garble-hardship': { changes: true, why: 'receiving military assistance becomes using an investment in exchange for hardship' },
  'garble-posing-to-neighbors': { changes: true, why: 'the danger North Korea poses loses its subject, and "they" who receive aid lose their referent' },
  'garble-ta': { changes: false, why: 'a stray token with no meaning' },
  'garble-before-going-to-war': { changes: false, why: 'before the battlefield / before the war: when, not who or what' },
  'garble-written-on-platform-x': { changes: false, why: 'one clause split in two: Kastehelmi still writes on X' },
  'garble-he-added': { changes: false, why: 'punctuation' },
  'garble-kiev': { changes: false, why: 'the spelling of a city' },
};
const meaningChanging = Object.entries(CHANGES_WHO_OR_WHAT).filter(([, v]) => v.changes).map(([id]) => id);

/** Sources that are the article itself or a copy, summary or rewrite of it: they show what it said, not that it was right. */
const ARTICLE_COPY_MARK = 'The New York Times report of 25 October 2024';
const copiesOfTheArticle = (file.sources ?? [])
  .filter((s) => s.url === article.meta.url || s.publisher.includes(ARTICLE_COPY_MARK) || s.title.includes(ARTICLE_COPY_MARK))
  .map((s) => s.id);

/** One sentence: no sentence end (a full stop, question or exclamation mark after a word) followed by another sentence. */
function sentenceBreaks(text: string): string[] {
  const masked = text.replace(/\b(?:Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|St|No|vs)\./g, 'X').replace(/\b[A-Z]\./g, 'X');
  return [...masked.matchAll(/[.!?]["”’')]*\s+["“‘(]?[A-Z0-9]/g)].map((m) => m[0]);
}

describe('the sample article', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: PROJECT_ROOT });
    if (build.code !== 0) throw new Error(`the sample does not build:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  /** The claimReviewed of the ClaimReview on a claim's page. */
  const claimReviewed = (id: string): string => {
    const page = readPage(build.outDir, `/articles/${SLUG}/claims/${id}/`);
    const data = page.all('script[type="application/ld+json"]').map((script) => JSON.parse(toString(script)) as { '@type'?: string; claimReviewed?: string });
    return data.find((d) => d['@type'] === 'ClaimReview')!.claimReviewed!;
  };

  it('builds with every annotation anchored in the article and given its permalink page', () => {
    const page = readPage(build.outDir, `/articles/${SLUG}/`);
    const marked = new Set(page.all('mark').flatMap((m) => (attr(m, 'dataClaims') ?? '').split(' ')));
    for (const annotation of file.claims) {
      expect(marked.has(annotation.id), annotation.id).toBe(true);
      expect(page.one(`[id="claim-${annotation.id}"]`), annotation.id).toBeDefined();
      expect(readPage(build.outDir, `/articles/${SLUG}/claims/${annotation.id}/`).all('h1')).toHaveLength(1);
    }
  });

  it('marks every annotation so that its marks join back into its quote', () => {
    const body = readPage(build.outDir, `/articles/${SLUG}/`).one('.article-body')!;
    for (const annotation of file.claims) expect(normalizeText(markedText(body, annotation.id)).trim(), annotation.id).toBe(normalizeText(annotation.quote).trim());
  });

  it('has no claim without evidence unless its verdict is unverifiable', () => {
    const lacking = ofKind('claim').filter((c) => c.verdict !== 'unverifiable' && (c.evidence ?? []).length === 0);
    expect(lacking.map((c) => c.id)).toEqual([]);
  });

  it('checks at least 20 claims, corrects at least 10 garbles and gives at least 3 context notes', () => {
    expect(ofKind('claim').length).toBeGreaterThanOrEqual(20);
    expect(ofKind('correction').length).toBeGreaterThanOrEqual(10);
    expect(ofKind('note').length).toBeGreaterThanOrEqual(3);
  });

  it('judges every correction of the sample once, as changing who did or said what or not', () => {
    expect(ofKind('correction').map((c) => c.id).sort()).toEqual(Object.keys(CHANGES_WHO_OR_WHAT).sort());
    expect(meaningChanging).toContain('garble-he-would-send');
    expect(meaningChanging).toContain('garble-gave-in-return');
    expect(meaningChanging).toContain('garble-posing-to-neighbors');
  });

  it('gives no positive verdict to a claim whose quote shares a word with a garble that changes who did or said what', () => {
    const offending = ofKind('claim')
      .filter((c) => POSITIVE.includes(c.verdict!))
      .flatMap((c) =>
        correctionsOverlapping(resolved(c.id), article.annotations)
          .filter((o) => meaningChanging.includes(o.correction.annotation.id))
          .map((o) => `${c.id} (${c.verdict}) / ${o.correction.annotation.id} (${o.relation})`),
      );
    expect(offending).toEqual([]);
  });

  it('puts no garble that changes who did or said what inside the quote of any claim, whatever its verdict', () => {
    const offending = ofKind('claim').flatMap((c) =>
      correctionsOverlapping(resolved(c.id), article.annotations)
        .filter((o) => o.relation === 'inside' && meaningChanging.includes(o.correction.annotation.id))
        .map((o) => `${c.id} / ${o.correction.annotation.id}`),
    );
    expect(offending).toEqual([]);
  });

  it('rates no opinion, question, worry or forecast as supported', () => {
    for (const id of ['battlefield-effect-unclear', 'putin-return-question', 'military-aid-worry', 'frees-russian-forces', 'mixed-signals-ukrainian-territory']) {
      const annotation = file.claims.find((c) => c.id === id)!;
      expect(annotation.kind === 'note' || annotation.verdict === 'unverifiable', id).toBe(true);
    }
    const judgements = ofKind('claim').filter((c) => POSITIVE.includes(c.verdict!) && /\b(unclear|question|possibility|worry|would allow)\b/i.test(c.quote));
    expect(judgements.map((c) => c.id)).toEqual([]);
  });

  it('cites no copy, summary or rewrite of the article as support for its own claims', () => {
    expect(copiesOfTheArticle).toEqual(
      expect.arrayContaining(['nyt-2024-10-25-north-korean-troops-kursk', 'tribune-pagesuite-nyt-syndicated-copy', 'oodaloop-2024-10-28-nyt-brief', 'censor-net-2024-10-26-nyt-5000', 'thegaze-nyt-summary-kursk']),
    );
    const supporting = ofKind('claim').flatMap((c) =>
      (c.evidence ?? []).filter((e) => copiesOfTheArticle.includes(e.source) && e.stance !== 'context').map((e) => `${c.id} / ${e.source} (${e.stance})`),
    );
    expect(supporting).toEqual([]);
  });

  it('carries the record past the report into 2025, with dated sources', () => {
    const published = new Map((file.sources ?? []).map((s) => [s.id, s.published ?? '']));
    const newest = (id: string) => (file.claims.find((c) => c.id === id)!.evidence ?? []).map((e) => published.get(e.source) ?? '').sort().at(-1) ?? '';
    expect(newest('note-after-the-report') >= '2025-04-28').toBe(true);
    expect(newest('counteroffensive-expected') >= '2025-04-26').toBe(true);
    expect(newest('not-yet-fighting') >= '2024-12-16').toBe(true);
    const timeline = (file.figures ?? []).find((f) => f.id === 'events-timeline');
    expect(timeline?.type === 'timeline' && timeline.events.some((e) => e.date >= '2025-04-26')).toBe(true);
    const territory = (file.figures ?? []).find((f) => f.id === 'kursk-territory-table');
    expect(territory?.type === 'table' && territory.rows.some((row) => String(row[0]).includes('2025'))).toBe(true);
    const newestSource = [...published.values()].sort().at(-1)!;
    expect(file.reviewed >= newestSource, `reviewed ${file.reviewed}, newest source ${newestSource}`).toBe(true);
  });

  it('sums up every annotation in one sentence', () => {
    const long = file.claims.filter((c) => sentenceBreaks(c.summary).length > 0).map((c) => `${c.id}: ${sentenceBreaks(c.summary).join(' | ')}`);
    expect(long).toEqual([]);
    expect(sentenceBreaks('Austin said so. Then he left.')).toHaveLength(1);
    expect(sentenceBreaks('Lloyd J. Austin and Vladimir V. Putin met U.S. officials and Mr. Kim.')).toEqual([]);
  });

  it('reviews each claim, in its structured data, in words no garble that changes who did or said what touches', () => {
    const garbled = meaningChanging.map((id) => normalizeText(file.claims.find((c) => c.id === id)!.quote));
    for (const claim of ofKind('claim')) {
      const reviewed = normalizeText(claimReviewed(claim.id));
      for (const words of garbled) expect(reviewed.includes(words), `${claim.id}: ${words}`).toBe(false);
    }
    expect(claimReviewed('counteroffensive-expected')).toContain('participate in a coming counteroffensive');
    expect(claimReviewed('warnings-12000')).toContain('putting the figure as high as 12,000 troops');
  });

  it('shows on a claim page the corrections in its passage, each linked', () => {
    const page = readPage(build.outDir, `/articles/${SLUG}/claims/warnings-12000/`);
    const box = page.one('.passage-corrections');
    expect(box).toBeDefined();
    const links = page.all('.passage-corrections a').map((a) => attr(a, 'href'));
    expect(links).toContain(`/articles/${SLUG}/claims/garble-number-at-12000/`);
    expect(readPage(build.outDir, `/articles/${SLUG}/claims/russian-casualties-600000/`).one('.passage-corrections')).toBeUndefined();
  });

  it('takes its headline from the only verbatim English rendering, and says so', () => {
    const md = readFileSync(join(PROJECT_ROOT, `content/articles/${SLUG}.md`), 'utf8');
    expect(md).toMatch(/^title: ".*Assemble in Russia/m);
    expect(md).toMatch(/^dek: ".*headline.*OODA Loop/m);
  });

  it('corrects each garble that changes or hides the meaning', () => {
    const corrected = ofKind('correction').map((c) => normalizeText(c.quote));
    for (const garble of ['Ta.', 'one person and two U.S. officials', 'Lloyd J. ”', 'he would send North Korean troops', 'But he added: , it may not matter', 'in exchange for hardship', 'Posing to neighboring countries', 'It said it could continue']) {
      expect(corrected.some((quote) => quote.includes(normalizeText(garble))), garble).toBe(true);
    }
  });

  it('cites at least 15 sources and draws at least 3 figures, a route map and a line chart or timeline among them', () => {
    expect(file.sources?.length ?? 0).toBeGreaterThanOrEqual(15);
    const types = (file.figures ?? []).map((f) => f.type);
    expect(types.length).toBeGreaterThanOrEqual(3);
    expect(types).toContain('map');
    expect(types.some((t) => t === 'line' || t === 'timeline')).toBe(true);
  });
});

describe('the sample built under a base path', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ content: PROJECT_ROOT, base: '/fact-checks/', site: 'https://example.org' });
    if (build.code !== 0) throw new Error(`the sample does not build under a base path:\n${build.stderr}`);
  });
  afterAll(() => removeBuild(build));

  it('keeps every internal link, asset and canonical address under the base path', () => {
    for (const path of ['/', `/articles/${SLUG}/`, `/articles/${SLUG}/claims/${file.claims[0]!.id}/`, '/claims/', `/sources/${file.sources![0]!.id}/`]) {
      const page = readPage(build.outDir, path);
      for (const element of page.all('a[href], link[href], script[src], img[src]')) {
        const url = attr(element, 'href') ?? attr(element, 'src')!;
        if (url.startsWith('/')) expect(url.startsWith('/fact-checks/'), `${path}: ${url}`).toBe(true);
      }
      expect(attr(page.one('link[rel=canonical]'), 'href')).toBe(`https://example.org/fact-checks${path}`);
    }
  });
});
