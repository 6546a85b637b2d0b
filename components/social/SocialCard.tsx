/**
 * The 1200×630 card apps show for a shared link (drawn by next/og, which takes inline styles only): a kicker, the
 * headline, up to two lines of detail and the source line, on the site's colours.
 */
export function SocialCard({
  kicker,
  headline,
  details = [],
  footer,
}: {
  kicker: string;
  headline: string;
  details?: string[];
  footer: string;
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 64px',
        background: '#fbfbf8',
        color: '#1d1d1f',
        fontSize: 30,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ fontSize: 28, color: '#55555e', textTransform: 'uppercase', letterSpacing: 2 }}>
          {kicker}
        </div>
        <div style={{ fontSize: headline.length > 60 ? 54 : 68, fontWeight: 700, lineHeight: 1.1 }}>
          {headline}
        </div>
        {details.map((detail) => (
          <div key={detail} style={{ fontSize: 32, lineHeight: 1.3, color: '#333' }}>
            {detail}
          </div>
        ))}
      </div>
      <div
        style={{ display: 'flex', gap: 40, justifyContent: 'space-between', fontSize: 24, color: '#55555e' }}
      >
        <div style={{ display: 'flex', flex: 1 }}>{footer}</div>
        <div style={{ display: 'flex', flexShrink: 0, color: '#1d1d1f' }}>Contested Figures</div>
      </div>
    </div>
  );
}
