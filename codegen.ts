import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web app (and the example integrator): schema.graphql (printed from the server) plus the documents
 * written beside the components that use them. Run from the repository root: `npm run codegen`
 * (`npm run build -w web` runs it first). The output in web/src/generated/ is committed.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'web/src/generated/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Apollo Client adds __typename to every selection; the types say so, so cache writes can carry it.
        nonOptionalTypename: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
    // The example integrator (examples/integrator), with the config docs/integrators.md gives integrators.
    'examples/integrator/generated/': {
      documents: ['examples/integrator/*.ts'],
      preset: 'client',
      config: { useTypeImports: true, strictScalars: true, scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' } },
    },
  },
};

export default config;
