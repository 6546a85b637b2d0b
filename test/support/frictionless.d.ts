// The Frictionless project's JavaScript libraries ship no types; these are the parts the tests use.
declare module 'datapackage' {
  export class Package {
    static load(descriptor: string | object): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    getResource(name: string): Resource | null;
  }
  export class Resource {
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
}

declare module 'tableschema' {
  export class Schema {
    static load(descriptor: object): Promise<Schema>;
    readonly valid: boolean;
    castRow(row: unknown[]): unknown[];
  }
}
