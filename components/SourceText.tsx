import { highlightSegments, type HighlightSpan } from '@/lib/text/highlight-segments';
import { TargetedQuote } from './TargetedQuote';

export interface SourceFigure {
  id: string;
  quoteStart: number;
  quoteEnd: number;
  /** The stated value's place in the text, when it was found in the quote. */
  value: { start: number; end: number } | null;
}

const quoteKey = 'quote:';
const valueKey = 'value:';

function idsOf(keys: readonly string[], prefix: string): string[] {
  return keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
}

/**
 * The archived text, with every figure's quote highlighted in place and anchored as #figure-<id>. Inside a quote,
 * each stated value links to its own figure, so a sentence that holds several figures opens each of them.
 */
export function SourceText({ text, figures }: { text: string; figures: SourceFigure[] }) {
  const spans: HighlightSpan[] = figures.flatMap((figure) => [
    { start: figure.quoteStart, end: figure.quoteEnd, key: `${quoteKey}${figure.id}` },
    ...(figure.value ? [{ ...figure.value, key: `${valueKey}${figure.id}` }] : []),
  ]);
  const paragraphs = highlightSegments(text, spans);
  return (
    <div className="source-text">
      <TargetedQuote />
      {paragraphs.map((segments) => (
        <p key={segments[0]?.start}>
          {segments.map((segment) => {
            const quoted = idsOf(segment.keys, quoteKey);
            if (quoted.length === 0) return <span key={segment.start}>{segment.text}</span>;
            const [valueOf] = idsOf(segment.keys, valueKey);
            return (
              <mark key={segment.start} data-figures={quoted.join(' ')}>
                {idsOf(segment.opens, quoteKey).map((id) => (
                  <span key={id} id={`figure-${id}`} className="anchor" />
                ))}
                {valueOf ? (
                  <a href={`/figures/${valueOf}`} className="value-link">
                    {segment.text}
                  </a>
                ) : (
                  segment.text
                )}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
