import Link from 'next/link';

/** The 404 message, for unknown slugs and ids and for addresses that match no page. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Not found</h1>
      <p className="lede">
        There is no page at this address. The figure, metric or source may have been renamed.
      </p>
      <p>
        <Link href="/figures">Browse all figures</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </>
  );
}
