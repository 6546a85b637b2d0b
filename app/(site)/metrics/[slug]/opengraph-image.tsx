import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social/SocialCard';
import { countMetricFigures, getMetricBySlug } from '@/db/queries/catalogue';
import { listSpreadFigures } from '@/db/queries/chart-figures';
import { requestDb } from '@/db/request-database';
import { computeSpread } from '@/lib/charts/compute-spread';
import { fitCardText } from '@/lib/site/social-card-text';

export const alt = 'A metric of Contested Figures: its claims side by side';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

// The card of a metric page: its name, how many figures from how many sources, and whether they disagree.
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const db = await requestDb();
  const found = await getMetricBySlug(db, (await params).slug);
  if (!found) return new Response('No such metric', { status: 404 });
  const [counts, spreadFigures] = await Promise.all([
    countMetricFigures(db, found.metric.id),
    listSpreadFigures(db, [found.metric.id]),
  ]);
  const spread = computeSpread(spreadFigures.get(found.metric.id) ?? []);
  const figures = `${counts.figures.toLocaleString('en-GB')} ${counts.figures === 1 ? 'figure' : 'figures'} from ${counts.claimants} ${counts.claimants === 1 ? 'source' : 'sources'}`;
  return new ImageResponse(
    <SocialCard
      kicker={found.topic.name}
      headline={fitCardText(found.metric.name, 90)}
      details={[spread ? `${figures}. ${spread.text}.` : `${figures}.`]}
      footer="Every figure traced to the sentence it came from"
    />,
    size,
  );
}
