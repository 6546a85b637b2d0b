import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social/SocialCard';
import { getFigureRecord } from '@/db/queries/figure-records';
import { requestDb } from '@/db/request-database';
import { sourceCredit } from '@/lib/figures/name-source';
import { formatPeriod } from '@/lib/format/format-date';
import { fitCardText } from '@/lib/site/social-card-text';

export const alt = 'A figure of Contested Figures: the number, who says so and the sentence it came from';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

// The card of a figure page: the words as stated, what they measure, who says so and the quote.
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const record = await getFigureRecord(await requestDb(), (await params).id);
  if (!record) return new Response('No such figure', { status: 404 });
  const period = formatPeriod(record.periodStart, record.periodEnd);
  return new ImageResponse(
    <SocialCard
      kicker={fitCardText(`${record.metric.name}${period === 'undated' ? '' : `, ${period}`}`, 70)}
      headline={`“${fitCardText(record.valueText, 40)}”`}
      details={[`${record.claimant.name}:`, `“${fitCardText(record.quote, 170)}”`]}
      footer={`Reported by ${sourceCredit(record.source)}`}
    />,
    size,
  );
}
