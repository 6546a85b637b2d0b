import Link from 'next/link';

export default function NotFound() {
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
