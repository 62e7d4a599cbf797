import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import type { Viewer } from '../modules/auth/viewer.service';
import type { Actor } from '../modules/users/users.service';
import { createLoaders, type Loaders, type Services } from '../services';

export interface Context {
  requestId: string;
  ip: string | null;
  viewer: Viewer | null;
  /** The viewer as the audit log records them. */
  actor: Actor;
  services: Services;
  /** One set per request (or per subscription event), so batching never leaks across callers. */
  loaders: Loaders;
  /** Present for HTTP requests (cookies); absent on websockets. */
  http?: { req: Request; res: Response };
}

export async function buildContext(input: {
  services: Services;
  authorization: string | null | undefined;
  ip: string | null;
  requestId?: string;
  http?: Context['http'];
}): Promise<Context> {
  const viewer = await input.services.viewers.fromAuthorization(input.authorization);
  return {
    requestId: input.requestId ?? crypto.randomUUID(),
    ip: input.ip,
    viewer,
    actor: { id: viewer?.user.id ?? null, ip: input.ip },
    services: input.services,
    loaders: createLoaders(input.services),
    http: input.http,
  };
}
