// The job kinds this codebase knows. Each capability registers its own kinds at wiring time, with
// the few dependencies its handler needs captured in a closure.
import { AppError } from '../errors/app-error.ts';
import { DEFAULT_RETRY, type JobDefinition, type RetryPolicy } from './job.ts';

export class JobRegistry {
  readonly #definitions = new Map<string, JobDefinition<never>>();

  define<P>(definition: JobDefinition<P>): void {
    if (this.#definitions.has(definition.kind)) throw new Error(`Job kind ${definition.kind} is defined twice`);
    this.#definitions.set(definition.kind, definition as JobDefinition<never>);
  }

  get(kind: string): JobDefinition<unknown> {
    const def = this.#definitions.get(kind);
    if (!def) throw new AppError('JOB_HANDLER_UNKNOWN', `No handler is registered for job kind ${kind}`);
    return def as JobDefinition<unknown>;
  }

  has(kind: string): boolean {
    return this.#definitions.has(kind);
  }

  kinds(): string[] {
    return [...this.#definitions.keys()];
  }

  retryPolicy(kind: string): RetryPolicy {
    return { ...DEFAULT_RETRY, ...this.get(kind).retry };
  }
}
