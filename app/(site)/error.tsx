'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">
        This page could not be shown just now, most often because the database is not answering. Try again in
        a minute.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
