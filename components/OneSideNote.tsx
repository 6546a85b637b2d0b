import Link from 'next/link';
import type { OneSideNotePart } from '@/lib/figures/describe-one-side';

/** Says, above a chart, that every figure on it comes from one side of the war; each claimant links to its page. */
export function OneSideNote({ parts }: { parts: OneSideNotePart[] }) {
  return (
    <p className="notice one-side-note">
      {parts.map((part) =>
        'text' in part ? (
          part.text
        ) : (
          <Link key={part.claimant.slug} href={`/claimants/${part.claimant.slug}`}>
            {part.claimant.name}
          </Link>
        ),
      )}
    </p>
  );
}
