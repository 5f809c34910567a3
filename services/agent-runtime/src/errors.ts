/**
 * A session cannot start because of configuration (a provider without its API key, an
 * orientation the runtime cannot run). The job logs it and ends the session; the worker lives on.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** The environment variable to set, when that is the fix. */
  readonly variable: string | undefined;

  constructor(message: string, variable?: string) {
    super(message);
    this.variable = variable;
  }
}
