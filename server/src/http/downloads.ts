import { Router, type Response } from 'express';
import type { Services } from '../services';

/**
 * GET /downloads/jobs/:id?for=…&expires=…&signature=… streams a completed job's result as an
 * attachment to the viewer the link was made for (see DownloadLinks): 403 when it is tampered with
 * or expired, or when that viewer lost access (signed out, token revoked, account disabled, role
 * changed, no longer allowed to see the job); 404 when the job has no result (any more).
 */
export function downloadRoutes(services: Services): Router {
  const router = Router();
  const { log } = services.infra;

  router.get('/downloads/jobs/:id', async (req, res) => {
    const { id } = req.params;
    try {
      const holder = services.jobs.links.verify(id, req.query);
      if (!holder) return plain(res, 403, 'This download link is not valid or has expired. Open the job again for a fresh link.');
      const file = await services.jobs.resultFile(id);
      if (!file) return plain(res, 404, 'This file is not available.');
      const user = await services.viewers.stillHolding(holder);
      // A new role is new rights: the link of the old one stops working.
      if (!user || user.role !== holder.role || !services.jobs.visibleTo(user, file)) {
        return plain(res, 403, 'You no longer have access to this file: sign in again, or ask an admin for access.');
      }
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
