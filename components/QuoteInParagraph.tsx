import { sliceCodePoints, toCodePoints } from '@/lib/text/code-points';
import { locateValueSpan } from '@/lib/text/locate-value';
import { highlightSegments, type HighlightSpan } from '@/lib/text/highlight-segments';

/**
 * The paragraph of the archived text that holds the quote, with the quote marked and, inside it,
 * the stated value marked more strongly: the reader sees the figure in its context.
 */
export function QuoteInParagraph({
  text,
  quoteStart,
  quoteEnd,
  valueText,
}: {
  text: string;
  quoteStart: number;
  quoteEnd: number;
  valueText: string;
}) {
  const quote = sliceCodePoints(toCodePoints(text), quoteStart, quoteEnd);
  const value = locateValueSpan(quote, quoteStart, valueText);
  const spans: HighlightSpan[] = [{ start: quoteStart, end: quoteEnd, key: 'quote' }];
  if (value) spans.push({ ...value, key: 'value' });
  const paragraph = highlightSegments(text, spans).find((segments) =>
    segments.some((segment) => segment.keys.includes('quote')),
  );
  if (!paragraph) return null;
  return (
    <blockquote className="quote">
      {paragraph.map((segment) =>
        segment.keys.includes('value') ? (
          <mark key={segment.start} className="value">
            {segment.text}
          </mark>
        ) : segment.keys.includes('quote') ? (
          <mark key={segment.start}>{segment.text}</mark>
        ) : (
          <span key={segment.start} className="context">
            {segment.text}
          </span>
        ),
      )}
    </blockquote>
  );
}
