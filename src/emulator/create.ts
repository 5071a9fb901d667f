import { type AgentKind, agentReply } from "./agents.ts";
import { tierOf } from "./capacity.ts";
import { checkAcknowledgements } from "./computer.ts";
import type { Fault } from "./faults.ts";
import { bad, notFound } from "./http.ts";
import { type ParsedInput, parseInput } from "./input.ts";
import { isObj } from "./json.ts";
import { type Reply, respond, usage, words } from "./model.ts";
import type { Plan } from "./runner.ts";
import type { Rec, Store } from "./store.ts";
import { validateCreate } from "./validate.ts";
import type { JsonObject, WireStep } from "./wire.ts";

/**
 * Turns a create body into a stored interaction and the plan of its run, or
 * throws the HttpError upstream would answer with. Nothing is stored when it throws.
 */
export function prepareCreate(store: Store, sent: JsonObject, fault: Fault | undefined): { rec: Rec; plan: Plan } {
  // A custom agent (the agents resource) runs as its base agent with its settings.
  const body = store.agents.expand(sent);
  const kind = typeof body.agent === "string" ? store.agents.kindOf(body.agent) : undefined;
  validateCreate(body, kind);
  if (fault?.expirePrevious && typeof body.previous_interaction_id === "string") {
    const prev = store.recs.get(body.previous_interaction_id);
    if (prev) prev.expired = true;
  }
  let previous: Rec | undefined;
  if (body.previous_interaction_id !== undefined) {
    if (typeof body.previous_interaction_id !== "string") throw bad("previous_interaction_id must be a string.");
    previous = store.find(body.previous_interaction_id);
    if (!previous) throw notFound(`Interaction ${body.previous_interaction_id} was not found (or has expired).`);
  }
  const token = body.continuation_token;
  if (token !== undefined && typeof token !== "string") throw bad("continuation_token must be a string.");
  const continuation = token === undefined ? undefined : resumeFrom(store, body, token);
  // A stateful continuation hop re-reads the context from the hop that issued the token; it adds no user turn.
  const parsed = parseInput(continuation && body.store !== false ? undefined : body.input);
  const callNames = matchResults(parsed, previous);
  checkAcknowledgements(parsed.functionResults, [...(previous?.steps ?? []), ...parsed.replayedCalls]);
  const refusal = store.capacity.refuse(tierOf(body.service_tier), body.background === true);
  if (refusal) throw refusal;
  const environmentId = provisionEnvironment(store, body, kind);
  const { input, stream: _stream, ...request } = body;
  const rec = store.create({
    model: typeof body.model === "string" ? body.model : undefined,
    agent: typeof body.agent === "string" ? body.agent : undefined,
    request,
    input,
    inputSteps: parsed.steps,
    userTexts: [...(previous?.userTexts ?? []), ...parsed.turns],
    previousId: previous?.id,
    background: body.background === true,
    stored: body.store !== false,
  });
  rec.environmentId = environmentId;

  let hops: Reply[];
  if (continuation) hops = continuation;
  else {
    const reply =
      rec.agent && kind
        ? agentReply({
            agent: rec.agent,
            kind,
            userTexts: rec.userTexts,
            request,
            nextId: store.nextCallId,
            environmentId,
            files: environmentId ? store.environments.files(environmentId) : undefined,
          })
        : respond({
            userTexts: rec.userTexts,
            newTurn: parsed.turns.length > 0,
            functionResults: parsed.functionResults,
            callNames,
            media: parsed.media,
            request,
            nextId: store.nextCallId,
            invalidJson: fault?.invalidJson,
          });
    const extra = fault?.continuation === true ? 1 : typeof fault?.continuation === "number" ? fault.continuation : 0;
    hops = splitReply(reply, extra + 1);
  }
  return { rec, plan: planRun(store, rec, hops, fault) };
}

/** The run of its first hop: the later hops wait behind a continuation token; faults and tiers shape it. */
function planRun(store: Store, rec: Rec, hops: Reply[], fault: Fault | undefined): Plan {
  const [first, ...rest] = hops as [Reply, ...Reply[]];
  const plan: Plan = { ...first };
  if (rest.length) {
    plan.status = "requires_continuation";
    plan.continuationToken = `ct_${store.newId("tok")}`;
    store.continuations.set(plan.continuationToken, { ownerId: rec.id, hops: rest });
  }
  if (first.blocked) plan.failure = { afterSteps: plan.steps.length, ...first.blocked };
  if (fault?.failRun) {
    plan.failure = {
      afterSteps: Math.min(fault.failAfterSteps ?? 1, plan.steps.length),
      code: fault.errorCode ?? "internal",
      message: fault.message ?? "The model failed while generating the response.",
    };
  }
  const tier = tierOf(rec.request.service_tier);
  plan.queued = rec.background && (tier === "flex" || tier === "deferred");
  return plan;
}

/** The remaining hops a continuation token stands for (spec §8: it must belong to previous_interaction_id). */
function resumeFrom(store: Store, body: JsonObject, token: string): Reply[] {
  const continuation = store.continuations.get(token);
  if (!continuation) throw bad("continuation_token is not valid.");
  if (body.store !== false && body.previous_interaction_id !== continuation.ownerId)
    throw bad("continuation_token does not belong to previous_interaction_id.");
  return continuation.hops;
}

/** call_id -> name of the calls results may answer; 400 when a result answers no such call. */
function matchResults(parsed: ParsedInput, previous: Rec | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const step of [...(previous?.steps ?? []), ...parsed.replayedCalls]) {
    if (step.type === "function_call" && typeof step.id === "string") names.set(step.id, String(step.name));
  }
  for (const result of parsed.functionResults) {
    if (!names.has(String(result.call_id)))
      throw bad(
        `function_result call_id "${String(result.call_id)}" does not match a function_call of the previous interaction.`,
      );
  }
  return names;
}

/**
 * Managed agents run in a sandbox: "remote" provisions one, an id reuses one (404 when unknown).
 * Antigravity always has one; a custom (dynamic) agent when it asks for one.
 */
function provisionEnvironment(store: Store, body: JsonObject, kind: AgentKind | undefined): string | undefined {
  if (kind !== "antigravity" && !(kind === "dynamic" && body.environment !== undefined)) return undefined;
  const env = body.environment;
  const wanted = typeof env === "string" && env !== "remote" ? env : isObj(env) ? env.environment_id : undefined;
  if (wanted !== undefined) {
    if (typeof wanted !== "string" || !store.environments.has(wanted))
      throw notFound(`Environment ${String(wanted)} was not found.`);
    return wanted;
  }
  const id = store.newId("env");
  store.environments.add(id);
  return id;
}

/**
 * Splits a reply into `parts` hops at word boundaries of its answer text, as
 * a decode stopped by the per-request limit would: every hop re-reads the
 * input, the text continues exactly where the previous hop stopped.
 */
export function splitReply(reply: Reply, parts: number): Reply[] {
  const at = reply.steps.findLastIndex((s) => s.type === "model_output");
  const step = reply.steps[at];
  const content = step && Array.isArray(step.content) ? step.content.filter(isObj) : [];
  const textAt = content.findIndex((c) => c.type === "text");
  const text = String(content[textAt]?.text ?? "");
  const pieces = splitWords(text, parts);
  if (parts < 2 || !step || textAt < 0 || pieces.length < 2) return [reply];
  const input = reply.usage.total_input_tokens ?? 0;
  return pieces.map((piece, i): Reply => {
    const last = i === pieces.length - 1;
    const { annotations: _annotations, ...textItem } = content[textAt] as JsonObject;
    const items = [{ ...textItem, text: piece }, ...(last ? content.slice(textAt + 1) : [])];
    const steps: WireStep[] = [
      ...(i === 0 ? reply.steps.slice(0, at) : []),
      { ...step, content: items },
      ...(last ? reply.steps.slice(at + 1) : []),
    ];
    const thought = i === 0 ? (reply.usage.total_thought_tokens ?? 0) : 0;
    const tools = i === 0 ? (reply.usage.total_tool_use_tokens ?? 0) : 0;
    return {
      steps,
      status: last ? reply.status : "requires_continuation",
      usage: usage(input, words(piece), thought, tools),
    };
  });
}

function splitWords(text: string, parts: number): string[] {
  const tokens = text.match(/\s*\S+/g) ?? [];
  const n = Math.min(parts, tokens.length);
  if (n < 2) return [text];
  const size = Math.ceil(tokens.length / n);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += size) out.push(tokens.slice(i, i + size).join(""));
  // Trailing whitespace belongs to the last piece, so the pieces join back to the text exactly.
  out[out.length - 1] += text.slice(out.join("").length);
  return out;
}
