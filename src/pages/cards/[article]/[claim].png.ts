// The social card of every annotation, a 1200×630 PNG drawn at build time: the og:image of its permalink page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/astro/site-data.ts';
import type { CardInput } from '../../../lib/cards/card.ts';
import { renderCard } from '../../../lib/cards/render.ts';

export const getStaticPaths = (async () => {
  const site = getSite();
  return site.articles.flatMap((article) =>
    article.annotations.map((resolved) => {
      const card: CardInput = { settings: site.settings, article: article.meta, annotation: resolved, language: site.settings.language };
      return { params: { article: article.slug, claim: resolved.annotation.id }, props: { card } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardInput }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
