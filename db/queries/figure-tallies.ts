import { sql } from 'drizzle-orm';
import { figureTallies } from '../schema';

/** The number of figures behind the tallies in a group (0 for a group with none, as after a left join). */
export const sumOfTallies = sql<number>`coalesce(sum(${figureTallies.figureCount}), 0)::int`;
