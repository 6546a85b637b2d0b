import type { TestProject } from 'vitest/node';
import { startNextServer } from '../support/next-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the production build once for all browser tests, on the embedded PGlite unless DATABASE_URL is set. */
export default async function setup(project: TestProject) {
  const server = await startNextServer();
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
