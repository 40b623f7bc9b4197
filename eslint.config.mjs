import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Imports that would tie the domain core to a framework or to I/O. */
const IMPURE = ['react', 'react-dom', 'react/*', 'next', 'next/*', '@prisma/*', 'pg', '@electric-sql/*', 'pglite-prisma-adapter', 'better-auth', 'better-auth/*', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'node:http'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/server/generated/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', '.data/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // React's hook rules mean nothing outside React code (Playwright fixtures call `use` too).
    files: ['e2e/**', 'bench/**', 'bin/**', 'tests/**', 'lib/domain/**', 'lib/server/**', 'scripts/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The domain core stays pure (excalidraw keeps packages/element free of UI the same way).
    files: ['lib/domain/**/*.ts'],
    ignores: ['lib/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: IMPURE, message: 'lib/domain is pure TypeScript: no frameworks, no database, no I/O.' },
            { group: ['@/*', '**/server/**', '**/components/**', '**/app/**', '**/bin/**'], message: 'lib/domain imports only from inside lib/domain.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'lib/domain does no I/O.' }],
    },
  },
];

export default config;
