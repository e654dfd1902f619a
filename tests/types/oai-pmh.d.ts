// The parts of the `oai-pmh` harvester (npm, no types of its own) the tests use.
declare module 'oai-pmh' {
  type Item = Record<string, unknown>
  export class OaiPmh {
    constructor(baseUrl: string, options?: { retry?: boolean })
    identify(): Promise<Item>
    listMetadataFormats(options?: { identifier?: string }): Promise<Item | Item[]>
    listSets(): AsyncGenerator<Item>
    getRecord(identifier: string, metadataPrefix: string): Promise<Item>
    listIdentifiers(options: Record<string, string>): AsyncGenerator<Item>
    listRecords(options: Record<string, string>): AsyncGenerator<Item>
  }
  export class OaiPmhError extends Error {
    code?: string
  }
}
