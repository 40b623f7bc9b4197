import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The root config's unit project covers lib/domain and bin only; this runs the simulation page's
// worker logic: `npx vitest run -c components/simulation/vitest.config.ts`.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: { root, include: ['components/simulation/**/*.test.ts'], environment: 'node' },
});
