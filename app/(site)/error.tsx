'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">This page could not be shown just now. The database may still be starting.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
