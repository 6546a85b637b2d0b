import { highlightSegments } from '@/lib/text/highlight-segments';

export interface ReviewedMention {
  /** The mark's id, for links to the mention (#mention-<figure id>). */
  id: string;
  start: number;
  end: number;
  /** Where the mention's draft is on the page. */
  href: string;
  kind: 'figure' | 'exclusion';
}

/** The archived text with each drafted mention marked, each mark linking to its draft beside the text. */
export function ReviewedArticle({ text, mentions }: { text: string; mentions: readonly ReviewedMention[] }) {
  const byKey = new Map(mentions.map((mention) => [mention.id, mention]));
  const paragraphs = highlightSegments(
    text,
    mentions.map((mention) => ({ start: mention.start, end: mention.end, key: mention.id })),
  );
  return (
    <div className="source-text reviewed-article">
      {paragraphs.map((segments) => (
        <p key={segments[0]?.start}>
          {segments.map((segment) => {
            const mention = segment.keys.map((key) => byKey.get(key)).find((found) => found !== undefined);
            if (!mention) return <span key={segment.start}>{segment.text}</span>;
            return (
              <mark
                key={segment.start}
                id={segment.opens.includes(mention.id) ? mention.id : undefined}
                className={`review-mark review-mark-${mention.kind}`}
              >
                <a href={mention.href}>{segment.text}</a>
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
