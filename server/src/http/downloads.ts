import { Router, type Response } from 'express';
import type { Services } from '../services';

/**
 * GET /downloads/jobs/:id?expires=…&signature=… streams a completed job's result as an
 * attachment. The signed link (see DownloadLinks) is the permission: 403 when it is tampered
 * with or expired, 404 when the job has no result (any more).
 */
export function downloadRoutes(services: Services): Router {
  const router = Router();
  const { log } = services.infra;

  router.get('/downloads/jobs/:id', async (req, res) => {
    const { id } = req.params;
    try {
      if (!services.jobs.links.verify(id, req.query.expires, req.query.signature)) {
        return plain(res, 403, 'This download link is not valid or has expired. Open the job again for a fresh link.');
      }
      const file = await services.jobs.resultFile(id);
      if (!file) return plain(res, 404, 'This file is not available.');
      res.setHeader('Cache-Control', 'private, no-store');
      res.download(file.relativePath, file.filename, { root: file.root }, (err) => {
        if (!err) return;
        if (!res.headersSent) plain(res, 404, 'This file is not available.');
        else log.warn({ jobId: id, err: err.message }, 'A download was interrupted');
      });
    } catch (err) {
      log.error({ err, jobId: id }, 'A download failed');
      if (!res.headersSent) plain(res, 500, 'Something went wrong on our side. It has been logged.');
    }
  });
  return router;
}

function plain(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain').send(message);
}
