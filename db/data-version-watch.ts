import type { Database } from './client';
import { dataVersionChannel, getDataVersion } from './queries/data-version';

// The page cache handler (db/page-cache-handler.cjs) runs outside the app's bundles and reads the version here.
const holder = globalThis as typeof globalThis & {
  __contestedFiguresDataVersion?: number;
  __contestedFiguresDataVersionChangedAt?: number;
};

/** The data version this process serves, once the database has been opened; undefined before. */
export function currentDataVersion(): number | undefined {
  return holder.__contestedFiguresDataVersion;
}

export function setCurrentDataVersion(version: number): void {
  const previous = holder.__contestedFiguresDataVersion;
  holder.__contestedFiguresDataVersion = version;
  if (previous !== undefined && previous !== version) holder.__contestedFiguresDataVersionChangedAt = Date.now();
}

/**
 * Keeps the served data version equal to the database's: it reads it now, takes each new version a load
 * announces, and reads it again whenever listening restarts after a lost connection.
 */
export async function watchDataVersion(database: Database): Promise<() => Promise<void>> {
  const refresh = () =>
    getDataVersion(database.db).then(setCurrentDataVersion, (error: unknown) =>
      console.error(`Could not read the data version: ${error instanceof Error ? error.message : error}`),
    );
  await refresh();
  return database.listen(
    dataVersionChannel,
    (payload) => {
      const version = Number(payload);
      if (Number.isInteger(version) && version > (currentDataVersion() ?? 0)) setCurrentDataVersion(version);
    },
    () => void refresh(),
  );
}
