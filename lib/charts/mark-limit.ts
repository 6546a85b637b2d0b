/**
 * The most marks one metric chart draws: one row each, 48px apart, so 40 rows are about 2,000px tall. Past it, the
 * figures are drawn as groups by claimant and period (their range, the latest, how many) and the chart says so.
 */
export const chartMarkLimit = 40;
