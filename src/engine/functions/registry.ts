import { z } from "zod";
import type { Json, JsonObject } from "../../gemini/types.ts";
import type { Db } from "../../infra/db.ts";

/** What a server-side function may use: who asked, and the database (never the upstream API). */
export interface FunctionContext {
  ownerId: string;
  db: Db;
}

export interface ServerFunction<A = unknown> {
  name: string;
  description: string;
  args: z.ZodType<A>;
  handler(args: A, ctx: FunctionContext): Promise<Json> | Json;
}

/** Declares a function with typed arguments; the registry erases the type. */
export const defineFunction = <A>(f: ServerFunction<A>) => f as unknown as ServerFunction;

/** The result of one call, in upstream's `function_result` step shape. */
export type FunctionResult = JsonObject & {
  type: "function_result";
  call_id: string;
  name: string;
  result: Json;
  is_error?: boolean;
};

/**
 * Functions the server runs itself in the tool loop. Their declarations are
 * sent upstream as ordinary function tools; when the model calls one, the
 * server validates the arguments, runs the handler and answers the call.
 */
export class FunctionRegistry {
  private fns = new Map<string, ServerFunction>();

  constructor(fns: ServerFunction[] = []) {
    for (const f of fns) this.fns.set(f.name, f);
  }

  has(name: string): boolean {
    return this.fns.has(name);
  }

  list(): ServerFunction[] {
    return [...this.fns.values()];
  }

  /** The upstream `tools[]` entry for a registered function. */
  declaration(name: string): JsonObject | undefined {
    const f = this.fns.get(name);
    if (!f) return undefined;
    const { $schema: _drop, ...parameters } = z.toJSONSchema(f.args) as JsonObject;
    return { type: "function", name: f.name, description: f.description, parameters };
  }

  /** Runs one call; bad arguments and handler failures become `is_error` results the model can read. */
  async call(callId: string, name: string, args: unknown, ctx: FunctionContext): Promise<FunctionResult> {
    const f = this.fns.get(name);
    const base = { type: "function_result" as const, call_id: callId, name };
    if (!f) return { ...base, result: { error: `No server function named ${name}` }, is_error: true };
    const parsed = f.args.safeParse(args);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
      return { ...base, result: { error: `Invalid arguments: ${detail}` }, is_error: true };
    }
    try {
      return { ...base, result: await f.handler(parsed.data, ctx) };
    } catch (err) {
      return { ...base, result: { error: err instanceof Error ? err.message : String(err) }, is_error: true };
    }
  }
}
