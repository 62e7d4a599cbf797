import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import type { Logger } from '../infra/logger';

/** Serves the built web app, with index.html for every client-side route. */
export function spaRoutes(webDistDir: string, log: Logger): Router {
  const router = Router();
  const index = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn({ webDistDir }, 'The web app is not built (npm run build); only the API is served');
    return router;
  }
  router.use('/assets', express.static(path.join(webDistDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  const explorer = path.join(webDistDir, 'explorer.html');
  router.get('/graphql', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(explorer);
  });
  router.get(/^\/(?!graphql|webhooks|downloads|healthz|readyz|metrics).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
