import type { Span } from "@opentelemetry/api";
import { type ExecutionResult, GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "./logger.ts";
import { activeSubscriptions, codeLabel, eventsDelivered, operationLabel, operations } from "./metrics.ts";
import { isDatabaseUnavailable } from "./outage.ts";
import { operationSeries } from "./phase-metrics.ts";
import { noteOperation } from "./request-log.ts";
import { failSpan, inSpan, startSpan, tracingEnabled } from "./tracing.ts";

type Ctx = { logger?: Logger; req?: object };

/** The outcome label of a result: "ok", or the first error's code (bounded). */
function outcomeOf(errors: readonly GraphQLError[] | undefined): string {
  const first = errors?.[0];
  return first ? codeLabel(first.extensions?.code) : "ok";
}

/**
 * Upstream failures and unexpected errors are logged once, with their stack,
 * on the request's logger (request id, viewer, operation). Expected client
 * errors (validation, not found...) are the client's business and only counted.
 */
/** A stream's or subscription's failure as a GraphQLError (a plain Error becomes its originalError). */
const asGraphQLError = (err: unknown) =>
  err instanceof GraphQLError
    ? err
    : new GraphQLError(err instanceof Error ? err.message : String(err), {
        originalError: err instanceof Error ? err : undefined,
      });

function logErrors(logger: Logger | undefined, errors: readonly GraphQLError[] | undefined): void {
  if (!logger || !errors) return;
  for (const e of errors) {
    const code = e.extensions?.code;
    const cause = e.originalError ?? e;
    // The database away: logged once per outage where it is noticed (infra/outage.ts), not once per request.
    if (isDatabaseUnavailable(cause)) continue;
    if (typeof code === "string" && code.startsWith("UPSTREAM_"))
      logger.warn("upstream error", { code, err: cause, path: e.path });
    else if (!code || code === "INTERNAL_SERVER_ERROR") logger.error("unexpected error", { err: cause, path: e.path });
  }
}

/**
 * What an operator sees of one subscription: counted when it opens and ends (with its outcome),
 * each delivered event (and those with errors), its span (when tracing is on), its errors logged.
 */
class ObservedSubscription {
  readonly #delivered;
  #ended = false;

  constructor(
    readonly name: string,
    private readonly ctx: Ctx,
    readonly span: Span | undefined,
  ) {
    this.#delivered = eventsDelivered.labels(name);
  }

  /** The subscribe call's answer: a stream (then watched) or errors. */
  subscribed(
    result: AsyncIterable<ExecutionResult> | ExecutionResult,
    setResult: (r: AsyncIterableIterator<ExecutionResult>) => void,
  ) {
    if (!(Symbol.asyncIterator in result)) {
      logErrors(this.ctx.logger, result.errors);
      this.#finish(outcomeOf(result.errors), result.errors?.[0]);
      return;
    }
    activeSubscriptions.inc();
    setResult(new Tapped(result, this));
  }

  event(r: ExecutionResult) {
    this.#delivered.inc();
    if (r.errors?.length) operationSeries(this.ctx)?.errors("subscribe", r.errors.length);
  }

  /** The stream's end, reported once however it ends. */
  end(err?: unknown) {
    if (this.#ended) return;
    this.#ended = true;
    activeSubscriptions.dec();
    if (err) this.#failed(err);
    else this.#finish("ok");
  }

  #failed(err: unknown) {
    const error = asGraphQLError(err);
    logErrors(this.ctx.logger, [error]);
    operationSeries(this.ctx)?.errors("subscribe");
    this.#finish(codeLabel(error.extensions.code), err);
  }

  #finish(outcome: string, err?: unknown) {
    operations.inc({ operation: this.name, type: "subscription", outcome });
    if (!this.span) return;
    if (err) failSpan(this.span, err);
    this.span.end();
  }
}

/**
 * A subscription's event stream, watched: each `next()` runs inside the operation's span (so work
 * done on demand nests under it), each event is counted, the end is reported. A class, not a
 * closure set: one is held by every open subscription, most of them idle.
 */
class Tapped implements AsyncIterableIterator<ExecutionResult> {
  readonly #it: AsyncIterator<ExecutionResult>;

  constructor(
    source: AsyncIterable<ExecutionResult>,
    private readonly observed: ObservedSubscription,
  ) {
    this.#it = source[Symbol.asyncIterator]();
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const span = this.observed.span;
    const p = span ? inSpan(span, () => this.#it.next()) : this.#it.next();
    return p.then(
      (r) => {
        if (r.done) this.observed.end();
        else this.observed.event(r.value);
        return r;
      },
      (err: unknown) => {
        this.observed.end(err);
        throw err;
      },
    );
  }

  async return(value?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.observed.end();
    return this.#it.return ? this.#it.return(value) : { done: true, value: undefined };
  }

  async throw(err?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.observed.end(err);
    if (this.#it.throw) return this.#it.throw(err);
    throw err;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/**
 * One plugin for what an operator sees of each GraphQL operation, on HTTP,
 * SSE and WebSocket alike: operation counts by name and outcome, open
 * subscriptions and delivered events, a span per operation (when tracing is
 * on) that resolvers, the engine, upstream calls and queries nest under, and
 * error logs with stacks.
 */
export function useObservability(): Plugin<Ctx> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const op = getOperationAST(args.document, args.operationName);
      const name = operationLabel(op?.name?.value ?? args.operationName);
      const type = op?.operation ?? "query";
      const ctx = args.contextValue;
      if (ctx.req) noteOperation(ctx.req, name);
      const span = tracingEnabled()
        ? startSpan(`graphql.${type} ${name}`, { "graphql.operation.name": name, "graphql.operation.type": type })
        : undefined;
      if (span) setExecuteFn((a) => inSpan(span, () => executeFn(a)));
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return; // @defer/@stream: not used by this schema
          const errors = result.errors;
          operations.inc({ operation: name, type, outcome: outcomeOf(errors) });
          logErrors(ctx.logger, errors);
          if (span) {
            if (errors?.length) failSpan(span, errors[0]);
            span.end();
          }
        },
      };
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const op = getOperationAST(args.document, args.operationName);
      const name = operationLabel(op?.name?.value ?? args.operationName);
      const ctx = args.contextValue;
      if (ctx.req) noteOperation(ctx.req, name);
      const span = tracingEnabled()
        ? startSpan(`graphql.subscription ${name}`, {
            "graphql.operation.name": name,
            "graphql.operation.type": "subscription",
          })
        : undefined;
      if (span) setSubscribeFn((a) => inSpan(span, () => subscribeFn(a)));
      const observed = new ObservedSubscription(name, ctx, span);
      // A failing stream is seen by its Tapped layer: an onSubscribeError hook would make envelop wrap every stream.
      return { onSubscribeResult: ({ result, setResult }) => observed.subscribed(result, setResult) };
    },
  };
}
