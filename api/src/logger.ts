import pino from 'pino';

/** Structured JSON logs. Secrets never reach them: cookies, authorization headers and passwords are redacted. */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'heliosphere' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.newPassword', '*.currentPassword', 'variables.input.password'],
      censor: '[redacted]',
    },
  });
}
export type Logger = ReturnType<typeof createLogger>;
