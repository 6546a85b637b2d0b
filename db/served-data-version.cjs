// @ts-check
/**
 * The data version this process serves, as db/data-version-watch.ts keeps it on `globalThis`, for the code that
 * runs outside the app's bundles: the page cache handler and the production server's response cache.
 */

/** @type {{ __contestedFiguresDataVersion?: number, __contestedFiguresDataVersionChangedAt?: number }} */
const versionHolder = /** @type {any} */ (globalThis);

/** @returns {number | undefined} undefined until the database has been opened */
function currentDataVersion() {
  return versionHolder.__contestedFiguresDataVersion;
}

// A render that began before a load may finish after it with the old data: nothing is kept for this long after
// the version changes (pages are still served, just rendered afresh each time).
const settleMs = 10_000;

function versionJustChanged() {
  const changedAt = versionHolder.__contestedFiguresDataVersionChangedAt;
  return changedAt !== undefined && Date.now() - changedAt < settleMs;
}

module.exports = { currentDataVersion, versionJustChanged, settleMs };
