import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social/SocialCard';

export const alt =
  'Contested Figures: numbers about the Russia–Ukraine war, side by side, each traced to its sentence';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

// The site's own card, for every page that has none of its own.
export default function Image() {
  return new ImageResponse(
    <SocialCard
      kicker="Russia–Ukraine war · peace talks"
      headline="Who says what, in numbers"
      details={[
        'Arms production, casualties, territory, aid and troops: every figure from our sources, side by side, each traced to the sentence it came from.',
      ]}
      footer="Data: archived articles, CC BY 4.0 compilation"
    />,
    size,
  );
}
