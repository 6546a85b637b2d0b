import { jsonLdText } from '@/lib/site/structured-data';

/** Schema.org data for machines, in the page: not run as a script, so the content security policy allows it. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
