import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The Spring Boot back end serves the built shell from the jar (classpath:/static).
const backend = 'http://localhost:8080';

export default defineConfig({
  // Relative: the page may be served under the platform's sub-path (/team-a/pgdeck/).
  base: './',
  plugins: [react()],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': backend,
      '/login': backend,
      '/logout': backend,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 20000,
  },
});
