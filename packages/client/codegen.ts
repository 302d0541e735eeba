import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  enumsAsTypes: true,
  scalars: { Date: 'string', DateTime: 'string' },
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  useTypeImports: true,
};

// The API's schema as committed is the single source: `npm run generate` writes the types and the
// typed documents of src/documents, the build fails (--check) when they no longer match it.
const config: CodegenConfig = {
  schema: '../../apps/api/schema.gql',
  generates: {
    'src/generated/schema.ts': {
      plugins: ['typescript'],
      config: shared,
    },
    'src/generated/operations.ts': {
      documents: 'src/documents/*.graphql',
      // typescript-operations writes the enums and inputs its operations use: the file stands alone.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: shared,
    },
    // read at run time by the console (which operations, filters and sorts a resource has)
    'src/generated/capabilities.ts': { plugins: ['./codegen/capabilities-plugin.cjs'] },
  },
};

export default config;
