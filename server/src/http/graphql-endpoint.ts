import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import proxyaddr from 'proxy-addr';
import { buildContext, type Context, type HttpExchange } from '../graphql/context';
import { callerOf, costExtension } from '../graphql/cost-plugin';
import { mayShareReads } from '../graphql/public-reads';
import type { Viewer } from '../modules/auth/viewer.service';
import type { Services } from '../services';
import { BODY_MESSAGES, jsonError } from './json-errors';
import type { Metrics } from './metrics';
import { publicAnswerOf, type PublicReadCache } from './public-read-cache';
import type { RequestNotes, TrackRequest } from './request-log';

export const GRAPHQL_PATH = '/graphql';

/** Whether a request is for the GraphQL endpoint (exactly /graphql, with or without a query string). */
export function isGraphqlRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return url === GRAPHQL_PATH || url.startsWith(`${GRAPHQL_PATH}?`);
}

/** A browser opening /graphql (a GET for HTML, no query): it gets the explorer page, not a GraphQL answer. */
export function wantsExplorer(req: IncomingMessage): boolean {
  return req.method === 'GET' && req.url === GRAPHQL_PATH && (req.headers.accept ?? '').includes('text/html');
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const INFLATERS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * GraphQL over HTTP on node:http, straight into Apollo. Every signup of a stadium crowd comes through
 * here, so it skips the express stack (router, body and cookie parsers) the other routes use, and does
 * just what they did for it: the request log and metrics, a size-limited JSON body with the same JSON
 * errors, cookies only when an operation asks for one, the client IP as express would see it.
 */
export function graphqlEndpoint(
  apollo: ApolloServer<Context>,
  services: Services,
  metrics: Metrics,
  trackRequest: TrackRequest,
  publicReads: PublicReadCache,
): RequestListener {
  const { config, log } = services.infra;
  const trustProxy = () => config.trustProxy;

  const respond = async (req: IncomingMessage, res: ServerResponse, notes: RequestNotes, ip: string | null) => {
    let json: JsonBody | undefined;
    try {
      json = req.method === 'POST' ? await readJsonBody(req, config.bodyLimit) : undefined;
    } catch (err) {
      if (!(err instanceof BodyError)) throw err;
      // Unread bytes may still be on the way: this connection cannot carry another request.
      res.setHeader('Connection', 'close');
      return send(res, err.status, JSON.stringify(jsonError('BAD_REQUEST', err.message)));
    }
    const execute = (viewer?: Viewer | null) => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const queryAt = req.url!.indexOf('?');
      return apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: queryAt < 0 ? '' : req.url!.slice(queryAt), body: json?.body },
        context: () =>
          buildContext({ services, authorization: req.headers.authorization, ip, requestId: notes.requestId, http: exchange(req, res, notes), viewer }),
      });
    };

    // A public read gets the same answer for the same body from anyone but an admin (see PublicReadCache).
    let viewer: Viewer | null | undefined;
    if (publicReads.enabled && json?.text !== undefined && json.text.length <= MAX_CACHED_BODY) {
      // A token that does not sign anyone in is answered by the normal path, with its error.
      viewer = req.headers.authorization ? await services.viewers.fromAuthorization(req.headers.authorization).catch(() => undefined) : null;
      if (viewer !== undefined && mayShareReads(viewer)) {
        let own: HTTPGraphQLResponse | undefined;
        // Anonymous answers may hold what a fan's would not (the plain price as the viewer's): kept apart.
        const cached = await publicReads.answer(`${viewer ? 'signed-in' : 'anonymous'}:${json.text}`, async () => {
          own = await execute(viewer);
          const cacheable = notes.publicRead && (own.status ?? 200) === 200 && own.body.kind === 'complete';
          return cacheable && own.body.kind === 'complete' ? publicAnswerOf(own.body.string) : null;
        });
        if (own) return write(res, own);
        if (cached) {
          // Over budget: the normal path refuses it, as the cost plugin words it.
          const charge = await services.costBudget.charge(callerOf({ viewer, ip }), cached.actual);
          if (charge.allowed) {
            const cost = costExtension(services.costBudget.settings, cached.requested, cached.actual, charge.remaining);
            res.setHeader('X-Cache', 'HIT');
            return send(res, 200, `{"data":${cached.data},"extensions":${JSON.stringify({ cost })}}`);
          }
        }
      }
    }
    return write(res, await execute(viewer));
  };

  return (req, res) => {
    const ip = proxyaddr(req, trustProxy) || null;
    trackRequest(req, res, ip, (notes) => {
      metrics.timeRequest(req, res, () => GRAPHQL_PATH);
      respond(req, res, notes, ip).catch((err: unknown) => {
        log.error({ err, requestId: notes.requestId }, 'Unexpected error in a GraphQL request');
        if (res.headersSent) return res.destroy();
        send(res, 500, JSON.stringify(jsonError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side. It has been logged.')));
      });
    });
  };
}

/** Request bodies longer than this are never looked up in the public read cache (nor kept in it). */
const MAX_CACHED_BODY = 8192;

async function write(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (response.body.kind === 'complete') return send(res, response.status ?? 200, response.body.string);
  res.statusCode = response.status ?? 200;
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function send(res: ServerResponse, status: number, json: string): void {
  res.statusCode = status;
  if (!res.hasHeader('content-type')) res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(json);
}

function exchange(req: IncomingMessage, res: ServerResponse, notes: RequestNotes): HttpExchange {
  let cookies: Record<string, string | undefined> | undefined;
  return {
    cookie: (name) => (cookies ??= parseCookies(req.headers.cookie ?? ''))[name],
    setCookie: (name, value, options) => res.appendHeader('Set-Cookie', serializeCookie(name, value, options)),
    notes,
  };
}

/**
 * The JSON body of a POST (what express.json() did): undefined unless it is sent as application/json,
 * an empty body is {}, utf-8 only, gzip/deflate/br inflated, never more than `limit` bytes.
 */
interface JsonBody {
  body: unknown;
  /** The body as sent, when it was JSON. */
  text?: string;
}

async function readJsonBody(req: IncomingMessage, limit: { text: string; bytes: number }): Promise<JsonBody> {
  const [mediaType, ...params] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') {
    req.resume();
    return { body: undefined };
  }
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new BodyError(415, BODY_MESSAGES['charset.unsupported'](limit.text));
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity' && !INFLATERS[encoding]) throw new BodyError(415, BODY_MESSAGES['encoding.unsupported'](limit.text));
  const tooLarge = () => new BodyError(413, BODY_MESSAGES['entity.too.large'](limit.text));
  if (Number(req.headers['content-length'] ?? 0) > limit.bytes && encoding === 'identity') throw tooLarge();

  let source: Readable = req;
  if (encoding !== 'identity') {
    // pipeline, not pipe: a client that hangs up mid-body must end the inflater too.
    source = INFLATERS[encoding]();
    pipeline(req, source as zlib.Gunzip, () => undefined);
  }
  const body = await readAll(source, limit.bytes, tooLarge, () => new BodyError(400, BODY_MESSAGES[req.readableAborted ? 'request.aborted' : 'entity.parse.failed'](limit.text)));
  const text = body.toString('utf8');
  if (!text.trim()) return { body: {} };
  try {
    const parsed: unknown = JSON.parse(text);
    // Like express.json (strict): an object or a batch, never a bare value.
    if (parsed !== null && typeof parsed === 'object') return { body: parsed, text };
  } catch {
    // answered below, without quoting the body
  }
  throw new BodyError(400, BODY_MESSAGES['entity.parse.failed'](limit.text));
}

/**
 * A stream's bytes, refusing more than `limit`. Past the limit the rest is read and dropped rather than
 * the stream destroyed, so the refusal can still be answered on the socket.
 */
function readAll(source: Readable, limit: number, tooLarge: () => Error, unreadable: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let refused = false;
    source.on('data', (chunk: Buffer) => {
      if (refused) return;
      length += chunk.length;
      if (length <= limit) return void chunks.push(chunk);
      refused = true;
      chunks.length = 0;
      reject(tooLarge());
    });
    source.on('end', () => resolve(Buffer.concat(chunks, length)));
    source.on('error', () => reject(unreadable()));
    source.on('aborted', () => reject(unreadable()));
  });
}
