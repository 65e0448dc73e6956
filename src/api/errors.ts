import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Error codes the API answers with, and their HTTP status. Clients should test the code, not the message. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  BAD_JSON: 400,
  INVALID_DOCUMENT: 400,
  // A curator request that cannot be carried out (src/graph/curation.ts).
  SAME_ENTITY: 400,
  TYPE_MISMATCH: 400,
  EMPTY_SELECTION: 400,
  WHOLE_SELECTION: 400,
  BAD_NAME: 400,
  UNAUTHORIZED: 401,
  WRITES_DISABLED: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }

  toJSON(): { error: { code: ErrorCode; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

export function notFound(what: string): ApiError {
  return new ApiError('NOT_FOUND', `no ${what}`);
}
