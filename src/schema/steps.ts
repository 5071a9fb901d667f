import { builder, type Types } from "../builder.ts";
import { args, contents, type StepJson, stepTypeName, str, strs } from "../resolvers/steps.ts";
import { Content } from "./content.ts";

const ref = (name: string) => builder.objectRef<StepJson>(name);
type T = PothosSchemaTypes.ObjectFieldBuilder<Types, StepJson>;
const kind = (t: T) => t.string({ description: "The upstream step type", resolve: (s) => s.type });
const callId = (t: T) =>
  t.string({
    nullable: true,
    description: "Pairs a call with its result",
    resolve: (s) => str(s.id) ?? str(s.call_id),
  });
const isError = (t: T) => t.boolean({ resolve: (s) => s.is_error === true });
const signature = (t: T) => t.string({ nullable: true, resolve: (s) => str(s.signature) });

export const ModelOutputStep = ref("ModelOutputStep").implement({
  description: "What the model said",
  fields: (t) => ({
    type: kind(t),
    content: t.field({ type: [Content], resolve: (s) => contents(s.content) }),
    error: t.field({ type: "JSON", nullable: true, resolve: (s) => s.error ?? null }),
  }),
});

export const ThoughtStep = ref("ThoughtStep").implement({
  description: "The model's reasoning: a summary when asked for, and an opaque signature that must be replayed as is",
  fields: (t) => ({
    type: kind(t),
    signature: signature(t),
    summary: t.field({ type: [Content], resolve: (s) => contents(s.summary) }),
  }),
});

export const FunctionCallStep = ref("FunctionCallStep").implement({
  description: "The model asks for a function to be called",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    name: t.string({ resolve: (s) => str(s.name) ?? "" }),
    arguments: t.field({ type: "JSON", resolve: (s) => args(s) }),
  }),
});

export const FunctionResultStep = ref("FunctionResultStep").implement({
  description: "The result of a function call",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    name: t.string({ nullable: true, resolve: (s) => str(s.name) }),
    result: t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null }),
    isError: isError(t),
  }),
});

export const GoogleSearchCallStep = ref("GoogleSearchCallStep").implement({
  description: "A Google Search the model ran",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    queries: t.stringList({ resolve: (s) => strs(args(s).queries) }),
    signature: signature(t),
  }),
});

export const GoogleSearchResultStep = ref("GoogleSearchResultStep").implement({
  description: "What a Google Search returned",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    result: t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null }),
    isError: isError(t),
  }),
});

export const CodeExecutionCallStep = ref("CodeExecutionCallStep").implement({
  description: "Code the model ran in upstream's sandbox",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    code: t.string({ nullable: true, resolve: (s) => str(args(s).code) }),
    language: t.string({ nullable: true, resolve: (s) => str(args(s).language) }),
  }),
});

export const CodeExecutionResultStep = ref("CodeExecutionResultStep").implement({
  description: "The output of executed code",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    output: t.string({
      nullable: true,
      description: "What the code printed (upstream `result`)",
      resolve: (s) => str(s.result),
    }),
    isError: isError(t),
  }),
});

export const UrlContextCallStep = ref("UrlContextCallStep").implement({
  description: "URLs the model fetched",
  fields: (t) => ({ type: kind(t), callId: callId(t), urls: t.stringList({ resolve: (s) => strs(args(s).urls) }) }),
});

export const UrlContextResultStep = ref("UrlContextResultStep").implement({
  description: "The fetch status of each URL",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    result: t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null }),
    isError: isError(t),
  }),
});

const jsonResult = (t: T) => t.field({ type: "JSON", nullable: true, resolve: (s) => s.result ?? null });

export const GoogleMapsCallStep = ref("GoogleMapsCallStep").implement({
  description: "A Google Maps lookup the model ran",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    queries: t.stringList({ resolve: (s) => strs(args(s).queries) }),
  }),
});

export const GoogleMapsResultStep = ref("GoogleMapsResultStep").implement({
  description: "Places a Google Maps lookup found",
  fields: (t) => ({ type: kind(t), callId: callId(t), result: jsonResult(t), isError: isError(t) }),
});

export const FileSearchCallStep = ref("FileSearchCallStep").implement({
  description: "A search over file search stores",
  fields: (t) => ({ type: kind(t), callId: callId(t), signature: signature(t) }),
});

export const FileSearchResultStep = ref("FileSearchResultStep").implement({
  description: "What a file search found",
  fields: (t) => ({ type: kind(t), callId: callId(t), result: jsonResult(t), isError: isError(t) }),
});

export const McpServerToolCallStep = ref("McpServerToolCallStep").implement({
  description: "A tool call on a remote MCP server, run by upstream",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    name: t.string({ resolve: (s) => str(s.name) ?? "" }),
    serverName: t.string({ nullable: true, resolve: (s) => str(s.server_name) }),
    arguments: t.field({ type: "JSON", resolve: (s) => args(s) }),
  }),
});

export const McpServerToolResultStep = ref("McpServerToolResultStep").implement({
  description: "The result of a remote MCP tool call",
  fields: (t) => ({
    type: kind(t),
    callId: callId(t),
    name: t.string({ nullable: true, resolve: (s) => str(s.name) }),
    serverName: t.string({ nullable: true, resolve: (s) => str(s.server_name) }),
    result: jsonResult(t),
  }),
});

export const UserInputStep = ref("UserInputStep").implement({
  description: "The user's turn",
  fields: (t) => ({ type: kind(t), content: t.field({ type: [Content], resolve: (s) => contents(s.content) }) }),
});

export const OtherStep = ref("OtherStep").implement({
  description: "An upstream step type not modelled yet, kept whole",
  fields: (t) => ({ type: kind(t), data: t.field({ type: "JSON", resolve: (s) => s }) }),
});

export const Step = builder.unionType("Step", {
  description: "One step of an interaction's timeline, mirroring upstream step types",
  types: [
    ModelOutputStep,
    ThoughtStep,
    FunctionCallStep,
    FunctionResultStep,
    GoogleSearchCallStep,
    GoogleSearchResultStep,
    CodeExecutionCallStep,
    CodeExecutionResultStep,
    UrlContextCallStep,
    UrlContextResultStep,
    GoogleMapsCallStep,
    GoogleMapsResultStep,
    FileSearchCallStep,
    FileSearchResultStep,
    McpServerToolCallStep,
    McpServerToolResultStep,
    UserInputStep,
    OtherStep,
  ],
  resolveType: (s) => stepTypeName(s),
});
