import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** What one subscription delivered so far, and ways to wait for more. */
export interface Recording<T> {
  /** The data of every event, in order. */
  readonly events: T[];
  /** GraphQL errors the server answered with (e.g. UNAUTHENTICATED). */
  readonly errors: GraphQLErrorShape[];
  /** The first event, received or still to come, that matches; fails when the subscription ends first. */
  waitFor(match: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves once the server ended the subscription (after an error, for instance). */
  ended(timeoutMs?: number): Promise<void>;
  stop(): void;
}

/** How the server closed a socket. */
export interface SocketClose {
  code: number;
  reason: string;
}

/** One graphql-ws connection (like the web app's), signed in with `token` when given. */
export class SubscriptionClient {
  private readonly client: Client;
  private readonly closes: SocketClose[] = [];
  private readonly closeListeners = new Set<() => void>();

  constructor(wsUrl: string, token?: string | null) {
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      on: {
        closed: (event) => {
          const { code, reason } = event as SocketClose;
          this.closes.push({ code, reason: String(reason) });
          this.closeListeners.forEach((listener) => listener());
        },
      },
    });
  }

  /** The first close of the socket, once it happens (fails after timeoutMs). */
  closed(timeoutMs = 15_000): Promise<SocketClose> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!this.closes.length) return;
        clearTimeout(timer);
        this.closeListeners.delete(check);
        resolve(this.closes[0]);
      };
      const timer = setTimeout(() => {
        this.closeListeners.delete(check);
        reject(new Error(`The socket was not closed within ${timeoutMs} ms.`));
      }, timeoutMs);
      this.closeListeners.add(check);
      check();
    });
  }

  /** Whether the server has closed the socket so far. */
  get isClosed(): boolean {
    return this.closes.length > 0;
  }

  subscribe<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Recording<T> {
    const events: T[] = [];
    const errors: GraphQLErrorShape[] = [];
    let done = false;
    let failure: unknown = null;
    const listeners = new Set<() => void>();
    const changed = () => listeners.forEach((listener) => listener());

    const unsubscribe = this.client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) errors.push(...(result.errors as GraphQLErrorShape[]));
          if (result.data) events.push(result.data as T);
          changed();
        },
        error: (err) => {
          failure = err;
          done = true;
          changed();
        },
        complete: () => {
          done = true;
          changed();
        },
      },
    );

    const summary = () => `events: ${JSON.stringify(events).slice(-2000)}; errors: ${JSON.stringify(errors)}; failure: ${String(failure)}`;
    /** Settles once `check` returns an outcome (checked now and after every change), or after timeoutMs. */
    const until = <R>(check: () => { value: R } | { error: string } | undefined, timeoutMs: number, what: string) =>
      new Promise<R>((resolve, reject) => {
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(listener);
          settle();
        };
        const listener = () => {
          const outcome = check();
          if (outcome && 'value' in outcome) finish(() => resolve(outcome.value));
          else if (outcome) finish(() => reject(new Error(`${outcome.error} ${summary()}`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`${what} within ${timeoutMs} ms. ${summary()}`))), timeoutMs);
        listeners.add(listener);
        listener();
      });

    return {
      events,
      errors,
      waitFor: (match, timeoutMs = 30_000) =>
        until<T>(
          () => {
            const found = events.find(match);
            if (found) return { value: found };
            return done ? { error: 'The subscription ended before a matching event.' } : undefined;
          },
          timeoutMs,
          'No matching event',
        ),
      ended: (timeoutMs = 30_000) => until<void>(() => (done ? { value: undefined } : undefined), timeoutMs, 'The subscription did not end'),
      stop: unsubscribe,
    };
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
