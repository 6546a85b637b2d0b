import { createContext } from 'react';
import type { ActiveMark } from './ChartTooltip';

/** Sets the mark whose tooltip shows; held by ChartFrame so hovering re-renders the tooltip, never the chart. */
export const ActiveMarkContext = createContext<(mark: ActiveMark | null) => void>(() => {});
