import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import proxyaddr from 'proxy-addr';
import { buildContext, type Context, type HttpExchange } from '../graphql/context';
import type { Services } from '../services';
import { BODY_MESSAGES, jsonError } from './json-errors';
import type { Metrics } from './metrics';
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
export function graphqlEndpoint(apollo: ApolloServer<Context>, services: Services, metrics: Metrics, trackRequest: TrackRequest): RequestListener {
  const { config, log } = services.infra;
  const trustProxy = () => config.trustProxy;

  const respond = async (req: IncomingMessage, res: ServerResponse, notes: RequestNotes, ip: string | null) => {
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readJsonBody(req, config.bodyLimit) : undefined;
    } catch (err) {
      if (!(err instanceof BodyError)) throw err;
      // Unread bytes may still be on the way: this connection cannot carry another request.
      res.setHeader('Connection', 'close');
      return send(res, err.status, JSON.stringify(jsonError('BAD_REQUEST', err.message)));
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const queryAt = req.url!.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: queryAt < 0 ? '' : req.url!.slice(queryAt), body },
      context: () =>
        buildContext({ services, authorization: req.headers.authorization, ip, requestId: notes.requestId, http: exchange(req, res, notes) }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') return send(res, response.status ?? 200, response.body.string);
    res.statusCode = response.status ?? 200;
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
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
async function readJsonBody(req: IncomingMessage, limit: { text: string; bytes: number }): Promise<unknown> {
  const [mediaType, ...params] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') {
    req.resume();
    return undefined;
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
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    // Like express.json (strict): an object or a batch, never a bare value.
    if (parsed !== null && typeof parsed === 'object') return parsed;
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
