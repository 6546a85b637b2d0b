// @ts-check
/**
 * When the database last failed to answer a request, kept on `globalThis` so the production server
 * (scripts/serve.mjs), which runs outside the app's bundles, can answer such a failure with 503 and Retry-After
 * rather than 500. instrumentation.ts notes the failures Next reports.
 */

/** @type {{ __contestedFiguresDatabaseFailedAt?: number }} */
const outageHolder = /** @type {any} */ (globalThis);

// A 500 this soon after a database failure is taken to be that failure.
const outageWindowMs = 15_000;

/** Seconds a client is asked to wait before trying again. */
const retryAfterSeconds = 10;

function noteDatabaseFailure() {
  outageHolder.__contestedFiguresDatabaseFailedAt = Date.now();
}

function databaseFailedRecently() {
  const failedAt = outageHolder.__contestedFiguresDatabaseFailedAt;
  return failedAt !== undefined && Date.now() - failedAt < outageWindowMs;
}

module.exports = { noteDatabaseFailure, databaseFailedRecently, retryAfterSeconds };
