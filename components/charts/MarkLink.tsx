import { useRouter } from 'next/navigation';
import { useContext, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useChartWidth } from 'recharts';
import type { FigureDetail } from '@/lib/charts/describe-figure';
import { ActiveMarkContext } from './ActiveMarkContext';

/** A chart mark as a link to its figure: focusable, opened by click or Enter, showing its tooltip on hover or focus. */
export function MarkLink({
  detail,
  x,
  y,
  children,
}: {
  detail: FigureDetail;
  x: number;
  y: number;
  children: ReactNode;
}) {
  const onActivate = useContext(ActiveMarkContext);
  const router = useRouter();
  const chartWidth = useChartWidth() ?? 0;
  const href = `/figures/${detail.figureId}`;
  const show = () => onActivate({ detail, x, y, flip: x > chartWidth / 2 });
  const hide = () => onActivate(null);
  // A modified click keeps the browser's own behaviour (new tab, new window) through the real href.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(href);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      router.push(href);
    } else if (event.key === 'Escape') hide();
  };
  return (
    <a
      href={href}
      tabIndex={0}
      aria-label={detail.ariaLabel}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={show}
      onBlur={hide}
      onMouseEnter={show}
      onMouseLeave={hide}
      style={{ cursor: 'pointer' }}
    >
      <circle cx={x} cy={y} r={10} fill="transparent" />
      {children}
    </a>
  );
}
