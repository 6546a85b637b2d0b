/** A source's metadata field with where it comes from: stated in the text, inferred (and from what), or unknown. */
export function MetadataValue({
  value,
  basis,
  evidence,
  children,
}: {
  value: string | null;
  basis: 'stated' | 'inferred' | null;
  evidence: string | null;
  children?: React.ReactNode;
}) {
  if (value === null)
    return <span className="muted">Unknown (not stated and not inferable from the text)</span>;
  return (
    <>
      {children ?? value}{' '}
      <span className="basis">
        — {basis === 'inferred' ? 'inferred' : 'stated in the text'}
        {evidence ? `: ${evidence}` : ''}
      </span>
    </>
  );
}
