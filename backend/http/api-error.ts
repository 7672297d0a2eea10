import { ERROR_INFO, type AppError, type ErrorCode } from '../../shared/error-codes.js';

export type ErrorDetails = Record<string, string | number | null>;

/** The one error class of the backend: a code from shared/error-codes.ts and its HTTP status. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = ERROR_INFO[code].status;
    this.details = details;
  }

  toBody(): { error: AppError } {
    const error: AppError = { code: this.code, message: this.message };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}
