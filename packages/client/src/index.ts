/** Every type of the API's schema: objects, inputs, enums (as string unions) and scalars. */
export type * from './generated/schema.js';
