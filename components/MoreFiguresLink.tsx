import Link from 'next/link';
import type { MoreFigures } from '@/lib/figures/more-figures';

/** Says how many figures a table leaves out and links to them in /figures and as CSV. */
export function MoreFiguresLink({ more }: { more: MoreFigures | null }) {
  if (!more) return null;
  return (
    <p className="more-figures">
      <Link href={more.continueHref}>
        {more.remainingText} more figure{more.remaining === 1 ? '' : 's'}
      </Link>{' '}
      not shown here. <Link href={more.viewHref}>All {more.totalText} in the figures table</Link> ·{' '}
      <a href={more.csvHref} download>
        all {more.totalText} as CSV
      </a>
    </p>
  );
}
