import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { Router } from 'express';
import type { Services } from '../../services';
import { Role } from '../users/user.entity';

/**
 * POST /uploads/leads: an admin's CSV for import, as multipart/form-data with one file field,
 * streamed straight to DATA_DIR/uploads (never held in memory), UPLOAD_MAX_BYTES at most.
 * Answers 201 { uploadId, filename, sizeBytes }; then leadImportPreview and startLeadImport use the id.
 */
export function leadUploadRoutes(services: Services): Router {
  const { config, log } = services.infra;
  const router = Router();
  const dir = path.join(config.dataDir, 'uploads');

  router.post('/uploads/leads', async (req, res) => {
    let viewer;
    try {
      viewer = await services.viewers.fromAuthorization(req.header('authorization'));
    } catch {
      viewer = null;
    }
    if (!viewer) return void res.status(401).json({ error: 'Sign in as an admin to upload leads (Authorization: Bearer …).' });
    if (viewer.user.role !== Role.ADMIN) return void res.status(403).json({ error: 'Only admins can upload leads.' });

    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: config.uploadMaxBytes, fields: 10 } });
    } catch {
      return void res.status(400).json({ error: 'Send the CSV as multipart/form-data with one file field.' });
    }
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${crypto.randomUUID()}.csv`);
    let received: Promise<{ filename: string; tooLarge: boolean }> | null = null;

    parser.on('file', (_field, stream, info) => {
      if (received) return void stream.resume();
      let tooLarge = false;
      stream.on('limit', () => (tooLarge = true));
      received = pipeline(stream, fs.createWriteStream(file)).then(() => ({ filename: info.filename || 'leads.csv', tooLarge }));
    });
    parser.on('close', async () => {
      try {
        if (!received) return void res.status(400).json({ error: 'No file was sent: add the CSV as a file field.' });
        const { filename, tooLarge } = await received;
        if (tooLarge) {
          fs.rmSync(file, { force: true });
          return void res.status(413).json({ error: `The file is larger than ${Math.round(config.uploadMaxBytes / 1024 / 1024)} MB.` });
        }
        const upload = await services.leads.imports.recordUpload(viewer, { path: file, filename, sizeBytes: fs.statSync(file).size });
        res.status(201).json({ uploadId: upload.id, filename: upload.filename, sizeBytes: Number(upload.sizeBytes) });
      } catch (err) {
        fs.rmSync(file, { force: true });
        log.error({ err }, 'Lead upload failed');
        res.status(500).json({ error: 'The upload could not be stored.' });
      }
    });
    parser.on('error', () => {
      fs.rmSync(file, { force: true });
      if (!res.headersSent) res.status(400).json({ error: 'The upload was not valid multipart/form-data.' });
    });
    req.pipe(parser);
  });

  return router;
}
