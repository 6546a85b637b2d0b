import { sliceCodePoints, toCodePoints } from './code-points';

export interface HighlightSpan {
  start: number;
  end: number;
  key: string;
}

export interface TextSegment {
  text: string;
  start: number;
  /** Keys of the spans covering this segment, in span order. */
  keys: string[];
  /** Keys of the spans that begin at this segment (the place to anchor a link to them). */
  opens: string[];
}

/**
 * Splits text (offsets in code points) into paragraphs of segments, so overlapping highlights can be drawn
 * without nesting: each segment lists every span that covers it.
 */
export function highlightSegments(text: string, spans: readonly HighlightSpan[]): TextSegment[][] {
  const codePoints = toCodePoints(text);
  const paragraphs: TextSegment[][] = [];
  let paragraphStart = 0;
  for (let index = 0; index <= codePoints.length; index++) {
    if (index < codePoints.length && codePoints[index] !== '\n') continue;
    const paragraphEnd = index;
    const cuts = new Set([paragraphStart, paragraphEnd]);
    for (const span of spans) {
      if (span.start > paragraphStart && span.start < paragraphEnd) cuts.add(span.start);
      if (span.end > paragraphStart && span.end < paragraphEnd) cuts.add(span.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: TextSegment[] = [];
    for (let cut = 0; cut < sorted.length - 1; cut++) {
      const start = sorted[cut] as number;
      const end = sorted[cut + 1] as number;
      const covering = spans.filter((span) => span.start <= start && span.end >= end);
      segments.push({
        text: sliceCodePoints(codePoints, start, end),
        start,
        keys: covering.map((span) => span.key),
        opens: covering.filter((span) => span.start === start).map((span) => span.key),
      });
    }
    if (segments.length > 0) paragraphs.push(segments);
    paragraphStart = index + 1;
  }
  return paragraphs;
}
