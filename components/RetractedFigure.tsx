import Link from 'next/link';

interface Props {
  notice: string;
  claimantName: string;
  metricName: string;
  valueText: string;
  quote: string;
  sourceHref: string;
  sourceTitle: string;
}

/** What a retracted figure's permalink shows: why it went and what it said. */
export function RetractedFigure({
  notice,
  claimantName,
  metricName,
  valueText,
  quote,
  sourceHref,
  sourceTitle,
}: Props) {
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Home</Link> › <Link href="/corrections">Corrections</Link> › Retracted figure
      </p>
      <h1>This figure was retracted</h1>
      <p className="notice">{notice}</p>
      <p>
        It said that {claimantName} gave “{valueText}” for {metricName}, from this sentence of{' '}
        <Link href={sourceHref}>{sourceTitle}</Link>:
      </p>
      <blockquote>{quote}</blockquote>
      <p>
        It is no longer in any chart, count or download.{' '}
        <Link href="/corrections">All corrections and retractions</Link>
      </p>
    </>
  );
}
