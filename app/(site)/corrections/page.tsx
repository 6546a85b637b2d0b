import type { Metadata } from 'next';
import { listCorrectionLog } from '@/db/queries/corrections';
import { CorrectionLogList } from '@/components/CorrectionLogList';
import { requestDb } from '@/db/request-database';

export const metadata: Metadata = {
  title: 'Corrections and retractions',
  description: 'Every figure corrected or retracted since it was published, newest first.',
  alternates: { types: { 'application/atom+xml': '/corrections.xml' } },
};

export default async function CorrectionsPage() {
  const log = await listCorrectionLog(await requestDb());
  return (
    <>
      <h1>Corrections and retractions</h1>
      <p className="lede">
        A published figure keeps its permalink. When we change what it says, the figure page says what it was
        and why; when we withdraw it, its permalink says what it said and why it went. Follow this log with
        the <a href="/corrections.xml">Atom feed</a>.
      </p>
      {log.length === 0 ? (
        <p className="muted">No figure has been corrected or retracted.</p>
      ) : (
        <CorrectionLogList entries={log} />
      )}
    </>
  );
}
