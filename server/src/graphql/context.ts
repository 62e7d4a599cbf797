import crypto from 'node:crypto';
import type { SerializeOptions } from 'cookie';
import type { RequestNotes } from '../http/request-log';
import type { Viewer } from '../modules/auth/viewer.service';
import type { Actor } from '../modules/users/users.service';
import { createLoaders, type Loaders, type Services } from '../services';

/** What an operation may do with the HTTP request it came in (a websocket has none). */
export interface HttpExchange {
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, options: SerializeOptions): void;
  /** Read by the request log. */
  notes: RequestNotes;
}

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
  http?: HttpExchange;
}

/**
 * Loaders are made on first use: most mutations (a signup) never load a relation. The getter lives on
 * the prototype because Apollo copies the context per operation with Object.assign, which would call it.
 */
class RequestContext implements Context {
  private loaderSet: Loaders | undefined;

  constructor(
    readonly requestId: string,
    readonly ip: string | null,
    readonly viewer: Viewer | null,
    readonly services: Services,
    readonly http: HttpExchange | undefined,
  ) {}

  get actor(): Actor {
    return { id: this.viewer?.user.id ?? null, ip: this.ip };
  }

  get loaders(): Loaders {
    return (this.loaderSet ??= createLoaders(this.services));
  }
}

export async function buildContext(input: {
  services: Services;
  authorization: string | null | undefined;
  ip: string | null;
  requestId?: string;
  http?: HttpExchange;
  /** Already resolved from `authorization` (the public read cache needs it before executing). */
  viewer?: Viewer | null;
}): Promise<Context> {
  const viewer = input.viewer !== undefined ? input.viewer : await input.services.viewers.fromAuthorization(input.authorization);
  return new RequestContext(input.requestId ?? crypto.randomUUID(), input.ip, viewer, input.services, input.http);
}

/**
 * The context of one websocket operation. Its viewer is read from the socket at every use, so each
 * push is authorised against the socket's access as it is then (null once that access ended).
 */
export function buildSocketContext(services: Services, ip: string | null, currentViewer: () => Viewer | null): Context {
  const context = new RequestContext(crypto.randomUUID(), ip, null, services, undefined);
  return Object.defineProperty(context, 'viewer', { get: currentViewer, enumerable: true });
}
