import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError, ErrorCode } from './app-errors.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/** On an HTTP route (a download), an error meant for the client is sent as GraphQL sends it: `{ errors: [...] }`. */
@Catch(AppError)
export class HttpAppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply
      .code(STATUS[error.code] ?? 500)
      .type('application/json')
      .send({ errors: [error.toJSON()] });
  }
}
