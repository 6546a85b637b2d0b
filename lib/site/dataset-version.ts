/** The dataset's version as the data package and the pages state it: each load is a minor version, same columns. */
export function datasetVersion(dataVersion: number | undefined): string {
  return `1.${dataVersion ?? 0}.0`;
}
