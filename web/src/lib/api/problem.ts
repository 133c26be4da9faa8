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
