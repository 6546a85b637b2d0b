import { SideLabel } from '@/components/SideLabel';
import type { NumberCardData } from '@/lib/charts/shape-number-card';

/** One figure as itself: its value as stated, who says so, the words it came in, and a link to the figure. */
export function NumberCard({ card }: { card: NumberCardData }) {
  return (
    <div className="number-card">
      <p className="number-card-value">
        <a href={`/figures/${card.figureId}`}>{card.value}</a>
      </p>
      <p className="number-card-who">
        {card.who} <SideLabel side={card.side} /> <span className="muted">· {card.period}</span>
      </p>
      <p className="number-card-quote">“{card.keyWords}”</p>
      <p className="muted small">{card.via}</p>
    </div>
  );
}
