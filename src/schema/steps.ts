import { builder, type Types } from "../builder.ts";
import { args, codeOutput, contents, type StepJson, stepTypeName, str, strs } from "../resolvers/steps.ts";
import { Content } from "./content.ts";

/** What every step has: select `type` (or `__typename`) once for all of them. */
export const Step = builder.interfaceRef<StepJson>("Step").implement({
  description: "One step of an interaction's timeline, mirroring upstream step types",
  fields: (t) => ({ type: t.string({ description: "The upstream step type", resolve: (s) => s.type }) }),
  resolveType: (s) => stepTypeName(s),
});

const ref = (name: string) => builder.objectRef<StepJson>(name);
type T = PothosSchemaTypes.ObjectFieldBuilder<Types, StepJson>;
const callId = (t: T) =>
  t.string({
    nullable: true,
    description: "Pairs a call with its result",
    resolve: (s) => str(s.id) ?? str(s.call_id),
  });
const isError = (t: T) => t.boolean({ resolve: (s) => s.is_error === true });
const signature = (t: T) => t.string({ nullable: true, resolve: (s) => str(s.signature) });

export const ModelOutputStep = ref("ModelOutputStep").implement({
  interfaces: [Step],
  description: "What the model said",
  fields: (t) => ({
    content: t.field({ type: [Content], resolve: (s) => contents(s.content) }),
    error: t.field({ type: "JSON", nullable: true, resolve: (s) => s.error ?? null }),
  }),
});

export const ThoughtStep = ref("ThoughtStep").implement({
  interfaces: [Step],
  description: "The model's reasoning: a summary when asked for, and an opaque signature that must be replayed as is",
  fields: (t) => ({
    signature: signature(t),
    summary: t.field({ type: [Content], resolve: (s) => contents(s.summary) }),
  }),
});

export const FunctionCallStep = ref("FunctionCallStep").implement({
  interfaces: [Step],
  description: "The model asks for a function to be called",
  fields: (t) => ({
    callId: callId(t),
    name: t.string({ resolve: (s) => str(s.name) ?? "" }),
    arguments: t.field({ type: "JSON", resolve: (s) => args(s) }),
  }),
});

export const FunctionResultStep = ref("FunctionResultStep").implement({
  interfaces: [Step],
  description: "The result of a function call",
  fields: (t) => ({
    callId: callId(t),
    name: t.string({
      description: "The function's name (empty when upstream did not say)",
      resolve: (s) => str(s.name) ?? "",
    }),
    result: t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null }),
    isError: isError(t),
  }),
});

export const GoogleSearchCallStep = ref("GoogleSearchCallStep").implement({
  interfaces: [Step],
  description: "A Google Search the model ran",
  fields: (t) => ({
    callId: callId(t),
    queries: t.stringList({ resolve: (s) => strs(args(s).queries) }),
    signature: signature(t),
  }),
});

export const GoogleSearchResultStep = ref("GoogleSearchResultStep").implement({
  interfaces: [Step],
  description: "What a Google Search returned",
  fields: (t) => ({
    callId: callId(t),
    result: t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null }),
    isError: isError(t),
  }),
});

export const CodeExecutionCallStep = ref("CodeExecutionCallStep").implement({
  interfaces: [Step],
  description: "Code the model ran in upstream's sandbox",
  fields: (t) => ({
    callId: callId(t),
    code: t.string({ nullable: true, resolve: (s) => str(args(s).code) }),
    language: t.string({ nullable: true, resolve: (s) => str(args(s).language) }),
  }),
});

export const CodeExecutionResultStep = ref("CodeExecutionResultStep").implement({
  interfaces: [Step],
  description: "The output of executed code",
  fields: (t) => ({
    callId: callId(t),
    output: t.string({
      nullable: true,
      description: "What the code printed (upstream `result`, or the text of its Content[])",
      resolve: (s) => codeOutput(s.result),
    }),
    content: t.field({
      type: [Content],
      description: "The result as Content (text and media, e.g. a plotted chart); a string result is one TextContent",
      resolve: (s) => contents(s.result),
    }),
    isError: isError(t),
  }),
});

export const UrlContextCallStep = ref("UrlContextCallStep").implement({
  interfaces: [Step],
  description: "URLs the model fetched",
  fields: (t) => ({ callId: callId(t), urls: t.stringList({ resolve: (s) => strs(args(s).urls) }) }),
});

export const UrlContextResultStep = ref("UrlContextResultStep").implement({
  interfaces: [Step],
  description: "The fetch status of each URL",
  fields: (t) => ({
    callId: callId(t),
    result: t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null }),
    isError: isError(t),
  }),
});

const jsonResult = (t: T) => t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null });

export const GoogleMapsCallStep = ref("GoogleMapsCallStep").implement({
  interfaces: [Step],
  description: "A Google Maps lookup the model ran",
  fields: (t) => ({
    callId: callId(t),
    queries: t.stringList({ resolve: (s) => strs(args(s).queries) }),
  }),
});

export const GoogleMapsResultStep = ref("GoogleMapsResultStep").implement({
  interfaces: [Step],
  description: "Places a Google Maps lookup found",
  fields: (t) => ({ callId: callId(t), result: jsonResult(t), isError: isError(t) }),
});

export const FileSearchCallStep = ref("FileSearchCallStep").implement({
  interfaces: [Step],
  description: "A search over file search stores",
  fields: (t) => ({ callId: callId(t), signature: signature(t) }),
});

export const FileSearchResultStep = ref("FileSearchResultStep").implement({
  interfaces: [Step],
  description: "What a file search found",
  fields: (t) => ({ callId: callId(t), result: jsonResult(t), isError: isError(t) }),
});

export const McpServerToolCallStep = ref("McpServerToolCallStep").implement({
  interfaces: [Step],
  description: "A tool call on a remote MCP server, run by upstream",
  fields: (t) => ({
    callId: callId(t),
    name: t.string({ resolve: (s) => str(s.name) ?? "" }),
    serverName: t.string({ nullable: true, resolve: (s) => str(s.server_name) }),
    arguments: t.field({ type: "JSON", resolve: (s) => args(s) }),
  }),
});

export const McpServerToolResultStep = ref("McpServerToolResultStep").implement({
  interfaces: [Step],
  description: "The result of a remote MCP tool call",
  fields: (t) => ({
    callId: callId(t),
    name: t.string({
      description: "The tool's name (empty when upstream did not say)",
      resolve: (s) => str(s.name) ?? "",
    }),
    serverName: t.string({ nullable: true, resolve: (s) => str(s.server_name) }),
    result: jsonResult(t),
  }),
});

export const RetrievalCallStep = ref("RetrievalCallStep").implement({
  interfaces: [Step],
  description: "A search of a retrieval store (Vertex AI Search, a RAG store, Exa, Parallel) upstream ran",
  fields: (t) => ({
    callId: callId(t),
    queries: t.stringList({ resolve: (s) => strs(args(s).queries) }),
    retrievalType: t.string({
      nullable: true,
      description: "vertex_ai_search, rag_store, exa_ai_search or parallel_ai_search",
      resolve: (s) => str(s.retrieval_type),
    }),
    signature: signature(t),
  }),
});

export const RetrievalResultStep = ref("RetrievalResultStep").implement({
  interfaces: [Step],
  description: "What a retrieval found",
  fields: (t) => ({ callId: callId(t), result: jsonResult(t), isError: isError(t), signature: signature(t) }),
});

export const ProcessingCallStep = ref("ProcessingCallStep").implement({
  interfaces: [Step],
  description: "Upstream processing media input (video, documents) before the model reads it",
  fields: (t) => ({ callId: callId(t), signature: signature(t) }),
});

export const ProcessingResultStep = ref("ProcessingResultStep").implement({
  interfaces: [Step],
  description: "How processing the media input went",
  fields: (t) => ({ callId: callId(t), result: jsonResult(t), isError: isError(t) }),
});

export const UserInputStep = ref("UserInputStep").implement({
  interfaces: [Step],
  description: "The user's turn",
  fields: (t) => ({ content: t.field({ type: [Content], resolve: (s) => contents(s.content) }) }),
});

export const OtherStep = ref("OtherStep").implement({
  interfaces: [Step],
  description: "An upstream step type not modelled yet, kept whole",
  fields: (t) => ({ data: t.field({ type: "JSON", resolve: (s) => s }) }),
});
