import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The root config's unit project covers lib/domain and bin only; this runs the canvas's pure logic:
// `npx vitest run -c components/graph/vitest.config.ts`.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: { root, include: ['components/graph/**/*.test.ts'], environment: 'node' },
});
