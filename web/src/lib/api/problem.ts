/** An RFC 9457 problem details answer from the API, thrown by `unwrap`. */
export interface ProblemBody {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  traceId?: string | null;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemBody;
  readonly retryAfter: number | null;

  constructor(status: number, problem: ProblemBody, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** Messages for one field (camelCase, as the API names it). */
  fieldErrors(field: string): string[] {
    return this.problem.errors?.[field] ?? [];
  }

  /** Errors naming fields the form does not show (so they can be listed at the top). */
  otherErrors(shown: readonly string[]): string[] {
    return Object.entries(this.problem.errors ?? {})
      .filter(([field]) => !shown.some((f) => field === f || field.startsWith(`${f}[`)))
      .flatMap(([, messages]) => messages);
  }
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

/**
 * What a form shows above its fields for a failed call: the errors for fields it does not show, or,
 * for a problem without field errors, its title (a 429 says how long to wait instead).
 */
export function formErrors(error: unknown, shown: readonly string[], waitMessage: (seconds: number) => string): string[] {
  if (!(error instanceof ApiError)) return [];
  if (error.problem.errors) return error.otherErrors(shown);
  return [error.status === 429 && error.retryAfter ? waitMessage(error.retryAfter) : error.message];
}
