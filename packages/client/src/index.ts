/** Every type of the API's schema: objects, inputs, enums (as string unions) and scalars. */
export type * from './generated/schema.js';
/** What each query, mutation and input offers, for code that adapts to the schema at run time. */
export { schemaCapabilities, type FieldCapability, type SchemaCapabilities } from './generated/capabilities.js';
/** The client: requests with typed documents, incremental sync of a list. */
export { ApiError, createClient, EVERYTHING, type Client, type ClientOptions, type PageOf, type SyncedPage } from './client.js';
