import type { Claimant } from '@/db/schema';
import { sideLabel } from '@/lib/format/labels';

export function SideLabel({ side }: { side: Claimant['side'] }) {
  return <span className={`side side-${side}`}>{sideLabel[side]}</span>;
}
