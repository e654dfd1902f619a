import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const relativeParents = { group: ['../*', '../../*'], message: 'Use the @/ alias.' }

/**
 * src/lib is the ground every other folder stands on: it may use src/i18n and the generated types,
 * never a folder above it. src/lib/payload/client.ts alone reaches the assembled config, the way a
 * running Payload is found (docs/architecture.md, "Layers").
 */
const aboveLib = [
  'access',
  'app',
  'blocks',
  'cli',
  'collections',
  'components',
  'config',
  'endpoints',
  'fields',
  'globals',
  'hooks',
  'seed',
]
const libStaysBelow = {
  group: [...aboveLib.flatMap((folder) => [`@/${folder}`, `@/${folder}/*`]), '@payload-config'],
  message: 'src/lib may not import from a higher layer (docs/architecture.md, "Layers").',
}

const eslintConfig = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [relativeParents] }],
    },
  },
  {
    files: ['src/lib/**'],
    ignores: ['src/lib/payload/client.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [relativeParents, libStaysBelow] }] },
  },
  {
    ignores: [
      '.next/',
      'bench/hello-next/.next/',
      'src/payload-types.ts',
      'src/migrations/**',
      'src/app/(payload)/**',
      'next-env.d.ts',
    ],
  },
]

export default eslintConfig
