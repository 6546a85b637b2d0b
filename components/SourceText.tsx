import { highlightSegments, type HighlightSpan } from '@/lib/text/highlight-segments';

/**
 * The archived text, with every figure's quote highlighted in place. Each quote is anchored as #figure-<id>
 * (for every figure taken from it) and links to the first figure it holds.
 */
export function SourceText({ text, spans }: { text: string; spans: HighlightSpan[] }) {
  const paragraphs = highlightSegments(text, spans);
  return (
    <div className="source-text">
      {paragraphs.map((segments) => (
        <p key={segments[0]?.start}>
          {segments.map((segment) => {
            if (segment.keys.length === 0) return <span key={segment.start}>{segment.text}</span>;
            const [first] = segment.keys;
            return (
              <mark key={segment.start} data-figures={segment.keys.join(' ')}>
                {segment.opens.slice(1).map((key) => (
                  <span key={key} id={`figure-${key}`} />
                ))}
                <a
                  href={`/figures/${first}`}
                  id={segment.opens[0] ? `figure-${segment.opens[0]}` : undefined}
                >
                  {segment.text}
                </a>
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
