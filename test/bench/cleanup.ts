/** What the bench started, stopped in reverse order at the end, on an error and on Ctrl-C. */
const stops: { label: string; stop: () => Promise<void> }[] = [];

export function onCleanup(label: string, stop: () => Promise<void>): () => Promise<void> {
  const entry = { label, stop };
  stops.push(entry);
  return async () => {
    const index = stops.indexOf(entry);
    if (index === -1) return;
    stops.splice(index, 1);
    await stop();
  };
}

let cleaning: Promise<void> | undefined;

/** Stops everything registered; a signal and the end of the run may both ask, and share one pass. */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (stops.length > 0) {
      const { label, stop } = stops.pop()!;
      await stop().catch((error: unknown) => console.error(`could not stop ${label}:`, error));
    }
  })();
  return cleaning;
}

// A signal ends the run, but only after everything it started has been stopped.
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what the bench started`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
