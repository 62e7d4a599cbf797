import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API listens on 4000 in development (`npm run dev`); the dev server forwards to it so the
// app uses the same relative URLs (and the same-origin refresh cookie) as in production.
const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The app, and the GraphQL explorer served at /graphql to browsers (explorer.html).
      input: { main: 'index.html', explorer: 'explorer.html' },
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/downloads': api,
      '/webhooks': api,
    },
  },
});
