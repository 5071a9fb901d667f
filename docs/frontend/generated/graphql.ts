/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Upstream's agent_config for the agent named: exactly one field, of that agent's kind (DYNAMIC fits any); laid over the agentConfig JSON */
export type AgentConfigInput =
  {   antigravity: AntigravityConfigInput; codeMender?: never; deepResearch?: never; dynamic?: never; }
  |  { antigravity?: never;   codeMender: CodeMenderConfigInput; deepResearch?: never; dynamic?: never; }
  |  { antigravity?: never; codeMender?: never;   deepResearch: DeepResearchConfigInput; dynamic?: never; }
  |  { antigravity?: never; codeMender?: never; deepResearch?: never;   /** A dynamic agent's config (sent with type "dynamic") */
  dynamic: unknown; };

/** For antigravity-* */
export type AntigravityConfigInput = {
  /** The run's token budget (at least 1) */
  maxTotalTokens?: number | null | undefined;
  /** The model the agent reasons with */
  model?: string | null | undefined;
};

/** For code-mender (its find/fix requests still go through the agentConfig JSON) */
export type CodeMenderConfigInput = {
  /** The one model the session uses */
  model?: string | null | undefined;
  /** Groups interactions of one CodeMender session */
  sessionId?: string | null | undefined;
};

/** The kind of device a computer-use model operates */
export type ComputerEnvironment =
  | 'BROWSER'
  | 'DESKTOP'
  | 'MOBILE';

/** A computer-use safety policy that may be switched off (it otherwise asks for confirmation) */
export type ComputerSafetyPolicy =
  | 'ACCOUNT_CREATION'
  | 'COMMUNICATION_TOOL'
  | 'DATA_MODIFICATION'
  | 'FINANCIAL_TRANSACTIONS'
  | 'LEGAL_TERMS_AND_AGREEMENTS'
  | 'SENSITIVE_DATA_MODIFICATION'
  | 'USER_CONSENT_MANAGEMENT';

/** Lets the model operate a browser, phone or desktop through predefined UI actions: they arrive as function calls the client performs and answers with a screenshot and the URL */
export type ComputerUseInput = {
  disabledSafetyPolicies?: Array<ComputerSafetyPolicy> | null | undefined;
  enablePromptInjectionDetection?: boolean | null | undefined;
  environment: ComputerEnvironment;
  /** Predefined actions the model must not use */
  excludedPredefinedFunctions?: Array<string> | null | undefined;
};

/** One part of a user turn: exactly one field */
export type ContentInput =
  {   /** An uploaded File */
  fileId: string | number; text?: never; uri?: never; }
  |  { fileId?: never;   text: string; uri?: never; }
  |  { fileId?: never; text?: never;   uri: UriContentInput; };

/** For the deep-research-* agents */
export type DeepResearchConfigInput = {
  /** The agent answers with a research plan first and goes on only once the next turn confirms it */
  collaborativePlanning?: boolean | null | undefined;
  /** Let the agent query BigQuery */
  enableBigqueryTool?: boolean | null | undefined;
  thinkingSummaries?: ThinkingSummaries | null | undefined;
  visualization?: ResearchVisualization | null | undefined;
};

/** A changed message (a sibling with new input under the same parent) */
export type EditMessageInput = {
  /** Your id for this send (e.g. a UUID), unique per user: the same id again (a re-subscribe, a retry) attaches to the turn it started instead of starting another */
  clientMessageId?: string | number | null | undefined;
  input: MessageInput;
  interactionId: string | number;
};

export type EnvVarInput = {
  name: string;
  value: string;
};

/** A new remote sandbox, configured (upstream's {type: remote, sources, env, network}) */
export type EnvironmentConfigInput = {
  /** Environment variables set in the sandbox */
  env?: Array<EnvVarInput> | null | undefined;
  /** Network egress (upstream's default: open) */
  network?: EnvironmentNetworkInput | null | undefined;
  /**
   * upstream's network value: "disabled" or {allowlist: [...]}
   * @deprecated Use network (typed); this JSON stays for one release
   */
  networkJson?: unknown;
  /** What to mount */
  sources?: Array<EnvironmentSourceInput> | null | undefined;
};

/** Where an agent runs: exactly one field */
export type EnvironmentInput =
  {   config: EnvironmentConfigInput; id?: never; remote?: never; }
  |  { config?: never;   /** Reuse this sandbox (an Interaction.environmentId) */
  id: string; remote?: never; }
  |  { config?: never; id?: never;   /** true: a fresh remote sandbox with upstream's defaults */
  remote: boolean; };

/** Network egress of the sandbox: exactly one field */
export type EnvironmentNetworkInput =
  {   /** Egress only to these domains */
  allowlist: Array<NetworkAllowlistEntryInput>; disabled?: never; }
  |  { allowlist?: never;   /** true: no egress at all */
  disabled: boolean; };

/** Something mounted into the sandbox (upstream's Source) */
export type EnvironmentSourceInput = {
  /** type inline: the content */
  content?: string | null | undefined;
  /** type inline: e.g. base64 */
  encoding?: string | null | undefined;
  /** The Cloud Storage path, the repository, ... */
  source?: string | null | undefined;
  /** Where it appears in the sandbox */
  target?: string | null | undefined;
  /** gcs, inline, repository or skill_registry (upstream may add more) */
  type: string;
};

export type ExaAiSearchConfigInput = {
  apiKey: string;
  /** Exa's own search options, as Exa names them */
  customConfig?: unknown;
};

/** The answer to one function call: `result`, or for a computer-use action the `url` and `screenshot` after it */
export type FunctionResultInput = {
  callId: string;
  /** Required for a call whose safetyDecision requires confirmation: true when the person confirmed (and the action ran), false when they declined (the model stops) */
  confirmed?: boolean | null | undefined;
  isError?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Required unless url, screenshot or confirmed is given */
  result?: unknown;
  /** Computer use: the screen after the action (an image) */
  screenshot?: ContentInput | null | undefined;
  /** Computer use: the page URL after the action */
  url?: string | null | undefined;
};

export type FunctionToolInput = {
  description?: string | null | undefined;
  name: string;
  /** JSON Schema of the arguments */
  parameters?: unknown;
};

/** How the model generates (upstream's generation_config); laid over the deprecated generationConfigJson */
export type GenerationConfigInput = {
  imageConfig?: ImageConfigInput | null | undefined;
  /** Past this many tokens the answer stops, INCOMPLETE */
  maxOutputTokens?: number | null | undefined;
  /** The same seed and request give the same answer (as far as upstream can) */
  seed?: number | null | undefined;
  speechConfig?: Array<SpeechConfigInput> | null | undefined;
  /** At most 5; the answer stops before the first one it would write */
  stopSequences?: Array<string> | null | undefined;
  /** 0 to 2 */
  temperature?: number | null | undefined;
  thinkingLevel?: ThinkingLevel | null | undefined;
  thinkingSummaries?: ThinkingSummaries | null | undefined;
  toolChoice?: ToolChoiceInput | null | undefined;
  /** 0 to 1 */
  topP?: number | null | undefined;
  transcriptionConfig?: TranscriptionConfigInput | null | undefined;
  videoConfig?: VideoConfigInput | null | undefined;
};

export type GoogleMapsInput = {
  /** Return a widget context token with the call's result */
  enableWidget?: boolean | null | undefined;
  /** The user's location */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

export type GoogleSearchInput = {
  /** Empty or absent: upstream's default (web search) */
  searchTypes?: Array<SearchType> | null | undefined;
};

/** A kind of harm a safety setting filters */
export type HarmCategory =
  | 'CIVIC_INTEGRITY'
  | 'DANGEROUS_CONTENT'
  | 'HARASSMENT'
  | 'HATE_SPEECH'
  | 'IMAGE_DANGEROUS_CONTENT'
  | 'IMAGE_HARASSMENT'
  | 'IMAGE_HATE'
  | 'IMAGE_SEXUALLY_EXPLICIT'
  | 'JAILBREAK'
  | 'SEXUALLY_EXPLICIT';

export type HeaderInput = {
  name: string;
  value: string;
};

export type ImageConfigInput = {
  /** e.g. "16:9" */
  aspectRatio?: string | null | undefined;
  /** "512", "1K", "2K" or "4K" */
  imageSize?: string | null | undefined;
};

/** Upstream statuses (in_progress -> IN_PROGRESS); UNKNOWN for a status upstream added later */
export type InteractionStatus =
  | 'BUDGET_EXCEEDED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'INCOMPLETE'
  | 'IN_PROGRESS'
  | 'QUEUED'
  | 'REQUIRES_ACTION'
  | 'REQUIRES_CONTINUATION'
  | 'UNKNOWN';

/** A label upstream keeps with the request (billing breakdowns): key and value at most 63 lowercase letters, digits, _ or -; the key starts with a letter */
export type LabelInput = {
  key: string;
  value: string;
};

export type MessageInput = {
  parts?: Array<ContentInput> | null | undefined;
  text?: string | null | undefined;
};

export type NetworkAllowlistEntryInput = {
  /** A server-managed credential's id */
  credential?: string | null | undefined;
  /** Wildcards allowed (*.googleapis.com); * is every domain */
  domain: string;
  /** Injected on every request to the domain */
  headers?: Array<HeaderInput> | null | undefined;
};

export type ParallelAiSearchConfigInput = {
  apiKey?: string | null | undefined;
  /** Parallel's own search options, as Parallel names them */
  customConfig?: unknown;
};

export type RagFilterInput = {
  metadataFilter?: string | null | undefined;
  vectorDistanceThreshold?: number | null | undefined;
  vectorSimilarityThreshold?: number | null | undefined;
};

export type RagResourceInput = {
  /** A RagCorpora resource name */
  ragCorpus?: string | null | undefined;
  /** Files of that corpus */
  ragFileIds?: Array<string> | null | undefined;
};

export type RagRetrievalConfigInput = {
  filter?: RagFilterInput | null | undefined;
  /** 0: sparse vector search only, 1: dense only (upstream's default 0.5) */
  hybridSearchAlpha?: number | null | undefined;
  /** Rerank with this rank service model (semantic-ranker-512@latest) */
  rankServiceModel?: string | null | undefined;
  /** How many contexts to retrieve */
  topK?: number | null | undefined;
};

export type RagStoreConfigInput = {
  ragResources?: Array<RagResourceInput> | null | undefined;
  ragRetrievalConfig?: RagRetrievalConfigInput | null | undefined;
};

/** A new answer to a message (a sibling under the same parent) */
export type RegenerateInput = {
  /** Your id for this send (e.g. a UUID), unique per user: the same id again (a re-subscribe, a retry) attaches to the turn it started instead of starting another */
  clientMessageId?: string | number | null | undefined;
  interactionId: string | number;
};

/** AUTO: the report may carry charts and images; OFF: text only */
export type ResearchVisualization =
  | 'AUTO'
  | 'OFF';

/** Search a retrieval store: the types to enable and the config of each */
export type RetrievalInput = {
  exaAiSearchConfig?: ExaAiSearchConfigInput | null | undefined;
  parallelAiSearchConfig?: ParallelAiSearchConfigInput | null | undefined;
  ragStoreConfig?: RagStoreConfigInput | null | undefined;
  retrievalTypes: Array<RetrievalType>;
  vertexAiSearchConfig?: VertexAiSearchConfigInput | null | undefined;
};

/** Which retrieval store a retrieval tool searches (upstream's retrieval_types) */
export type RetrievalType =
  | 'EXA_AI_SEARCH'
  | 'PARALLEL_AI_SEARCH'
  | 'RAG_STORE'
  | 'VERTEX_AI_SEARCH';

/** Whether the threshold applies to the harm's probability (upstream's default) or its severity */
export type SafetyMethod =
  | 'PROBABILITY'
  | 'SEVERITY';

/** Blocks content of `category` from `threshold` on (upstream's safety_settings entry) */
export type SafetySettingInput = {
  category: HarmCategory;
  method?: SafetyMethod | null | undefined;
  threshold: SafetyThreshold;
};

/** From which probability (or severity) of harm a response is blocked; OFF disables the filter */
export type SafetyThreshold =
  | 'BLOCK_LOW_AND_ABOVE'
  | 'BLOCK_MEDIUM_AND_ABOVE'
  | 'BLOCK_NONE'
  | 'BLOCK_ONLY_HIGH'
  | 'OFF';

/** What Google Search grounds on (upstream's search_types) */
export type SearchType =
  | 'ENTERPRISE_WEB_SEARCH'
  | 'IMAGE_SEARCH'
  | 'WEB_SEARCH';

/** A user turn in a conversation. Parameters given here are kept by the conversation for later turns. */
export type SendMessageInput = {
  agent?: string | null | undefined;
  agentConfig?: unknown;
  /** The agent's config, typed per agent kind */
  agentSettings?: AgentConfigInput | null | undefined;
  background?: boolean | null | undefined;
  /** Your id for this send (e.g. a UUID), unique per user: the same id again (a re-subscribe, a retry) attaches to the turn it started instead of starting another */
  clientMessageId?: string | number | null | undefined;
  /** Omitted: a new conversation is created */
  conversationId?: string | number | null | undefined;
  /** Where an agent runs (a sandbox to reuse, or a new one) */
  environment?: EnvironmentInput | null | undefined;
  /**
   * upstream's environment value: "remote", an id, or a config
   * @deprecated Use environment (typed); this JSON stays for one release
   */
  environmentJson?: unknown;
  /** How the model generates, typed */
  generationConfig?: GenerationConfigInput | null | undefined;
  /**
   * upstream's generation_config as JSON (snake_case keys); generationConfig is laid over it
   * @deprecated Use generationConfig (typed); this JSON stays for one release
   */
  generationConfigJson?: unknown;
  /** Billing labels upstream keeps with the request */
  labels?: Array<LabelInput> | null | undefined;
  /** Default: the conversation's, then the server's DEFAULT_MODEL */
  model?: string | null | undefined;
  parts?: Array<ContentInput> | null | undefined;
  /** A JSON schema for structured output, or upstream's format entry ({"type": "image", "aspect_ratio": "16:9"}), or a list of them (several outputs at once) */
  responseFormat?: unknown;
  /** Per-category safety filters */
  safetySettings?: Array<SafetySettingInput> | null | undefined;
  serviceTier?: ServiceTier | null | undefined;
  /** false: upstream keeps nothing; every turn sends the whole branch */
  store?: boolean | null | undefined;
  systemInstruction?: string | null | undefined;
  text?: string | null | undefined;
  tools?: Array<ToolInput> | null | undefined;
};

/** Upstream's service tier: FLEX (cheaper, may queue or answer 429), STANDARD, PRIORITY (answers first under load), DEFERRED (background, queued until capacity) */
export type ServiceTier =
  | 'DEFERRED'
  | 'FLEX'
  | 'PRIORITY'
  | 'STANDARD';

/** A voice for generated speech (one per speaker of a multi-speaker script) */
export type SpeechConfigInput = {
  language?: string | null | undefined;
  speaker?: string | null | undefined;
  voice?: string | null | undefined;
};

/** Answers to the function calls of an interaction in REQUIRES_ACTION */
export type SubmitFunctionResultsInput = {
  /** Your id for this send, unique per user: a retry with it attaches to the turn it started */
  clientMessageId?: string | number | null | undefined;
  interactionId: string | number;
  results: Array<FunctionResultInput>;
};

/** How much the model thinks before answering */
export type ThinkingLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'MINIMAL';

/** AUTO adds a ThoughtStep with a summary of the model's reasoning; NONE leaves it out */
export type ThinkingSummaries =
  | 'AUTO'
  | 'NONE';

export type ToolChoiceInput = {
  /** Only these functions may be called */
  allowedTools?: Array<string> | null | undefined;
  mode?: ToolChoiceMode | null | undefined;
};

/** AUTO: the model decides; ANY: it must call a function; NONE: it may not; VALIDATED: calls follow the schema */
export type ToolChoiceMode =
  | 'ANY'
  | 'AUTO'
  | 'NONE'
  | 'VALIDATED';

/** A tool the model may use: exactly one field. JSON values are upstream's tool config (snake_case). */
export type ToolInput =
  {   codeExecution: unknown; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never;   computerUse: ComputerUseInput; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never;   fileSearch: unknown; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never;   function: FunctionToolInput; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never;   googleMaps: GoogleMapsInput; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never;   /** @deprecated Use the typed field of the same name without Json; this JSON stays for one release */
  googleMapsJson: unknown; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never;   googleSearch: GoogleSearchInput; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never;   /** @deprecated Use the typed field of the same name without Json; this JSON stays for one release */
  googleSearchJson: unknown; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never;   mcpServer: unknown; retrieval?: never; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never;   retrieval: RetrievalInput; retrievalJson?: never; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never;   /**
   * upstream's retrieval config: {retrieval_types, vertex_ai_search_config, rag_store_config, ...}
   * @deprecated Use the typed field of the same name without Json; this JSON stays for one release
   */
  retrievalJson: unknown; serverFunction?: never; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never;   /** A function this server runs itself (see Query.serverFunctions) */
  serverFunction: string; urlContext?: never; }
  |  { codeExecution?: never; computerUse?: never; fileSearch?: never; function?: never; googleMaps?: never; googleMapsJson?: never; googleSearch?: never; googleSearchJson?: never; mcpServer?: never; retrieval?: never; retrievalJson?: never; serverFunction?: never;   urlContext: unknown; };

/** Speech recognition of the turn's audio (upstream's transcription_config) */
export type TranscriptionConfigInput = {
  /** Terms the recogniser should favour */
  customVocabulary?: Array<string> | null | undefined;
  /** VERBATIM only: tell the speakers apart */
  diarization?: boolean | null | undefined;
  /** BCP-47 hints of the languages spoken; none: detected */
  languageCodes?: Array<string> | null | undefined;
  mode?: TranscriptionMode | null | undefined;
  /** VERBATIM only: a timestamp per word */
  wordTimestamps?: boolean | null | undefined;
};

/** VERBATIM: every word as spoken; SMART: a cleaned-up transcript */
export type TranscriptionMode =
  | 'SMART'
  | 'VERBATIM';

/** Why a user turn is over */
export type TurnEndReason =
  /** cancelInteraction stopped it */
  | 'CANCELLED'
  /** The model answered (also INCOMPLETE or BUDGET_EXCEEDED: see status) */
  | 'COMPLETED'
  /** A round failed, or the turn hit a limit (see error) */
  | 'FAILED'
  /** The model called a client function: answer with functionResults */
  | 'REQUIRES_ACTION';

export type UriContentInput = {
  mimeType: string;
  uri: string;
};

export type VertexAiSearchConfigInput = {
  /** Vertex AI Search datastore resource names */
  datastores?: Array<string> | null | undefined;
  /** A Vertex AI Search engine resource name */
  engine?: string | null | undefined;
};

/** Video generation (upstream's video_config) */
export type VideoConfigInput = {
  task?: VideoTask | null | undefined;
};

/** What a video model does; upstream decides from the prompt and inputs when it is not set */
export type VideoTask =
  | 'EDIT'
  | 'EXTEND'
  | 'IMAGE_TO_VIDEO'
  | 'REFERENCE_TO_VIDEO'
  | 'TEXT_TO_VIDEO'
  | 'UPSCALE';

type Event_InteractionCompletedEvent_Fragment = { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string };

type Event_InteractionCreatedEvent_Fragment = { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string };

type Event_InteractionErrorEvent_Fragment = { __typename: 'InteractionErrorEvent', cursor: string, interactionId: string };

type Event_InteractionStatusEvent_Fragment = { __typename: 'InteractionStatusEvent', cursor: string, interactionId: string };

type Event_StepDeltaEvent_Fragment = { __typename: 'StepDeltaEvent', index: number, cursor: string, interactionId: string, delta:
    | { type: string }
    | { type: string }
    | { type: string }
    | { text: string, type: string }
    | { type: string }
    | { type: string }
    | { type: string }
   };

type Event_StepStartEvent_Fragment = { __typename: 'StepStartEvent', cursor: string, interactionId: string };

type Event_StepStopEvent_Fragment = { __typename: 'StepStopEvent', cursor: string, interactionId: string };

type Event_TurnEndEvent_Fragment = { __typename: 'TurnEndEvent', reason: TurnEndReason, cursor: string, interactionId: string, error: { code: string, message: string } | null, interaction: { id: string, outputText: string | null, conversation: { id: string } | null } };

export type EventFragment =
  | Event_InteractionCompletedEvent_Fragment
  | Event_InteractionCreatedEvent_Fragment
  | Event_InteractionErrorEvent_Fragment
  | Event_InteractionStatusEvent_Fragment
  | Event_StepDeltaEvent_Fragment
  | Event_StepStartEvent_Fragment
  | Event_StepStopEvent_Fragment
  | Event_TurnEndEvent_Fragment
;

export type ChatSubscriptionVariables = Exact<{
  input?: SendMessageInput | null | undefined;
  regenerate?: RegenerateInput | null | undefined;
  edit?: EditMessageInput | null | undefined;
  functionResults?: SubmitFunctionResultsInput | null | undefined;
  after?: string | null | undefined;
}>;


export type ChatSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string }
    | { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string }
    | { __typename: 'InteractionErrorEvent', cursor: string, interactionId: string }
    | { __typename: 'InteractionStatusEvent', cursor: string, interactionId: string }
    | { __typename: 'StepDeltaEvent', index: number, cursor: string, interactionId: string, delta:
        | { type: string }
        | { type: string }
        | { type: string }
        | { text: string, type: string }
        | { type: string }
        | { type: string }
        | { type: string }
       }
    | { __typename: 'StepStartEvent', cursor: string, interactionId: string }
    | { __typename: 'StepStopEvent', cursor: string, interactionId: string }
    | { __typename: 'TurnEndEvent', reason: TurnEndReason, cursor: string, interactionId: string, error: { code: string, message: string } | null, interaction: { id: string, outputText: string | null, conversation: { id: string } | null } }
   };

export type ThreadQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ThreadQuery = { conversation: { id: string, title: string | null, branch: { pageInfo: { hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ node: { id: string, siblingIndex: number, siblingCount: number, siblings: Array<{ id: string }>, input: Array<
            | { mimeType: string | null, url: string | null }
            | { mimeType: string | null, url: string | null }
            | { mimeType: string | null, url: string | null }
            | { text: string }
            | { mimeType: string | null, url: string | null }
          >, lastRound: { id: string, status: InteractionStatus, outputText: string | null } } }> } } | null };

export type SwitchBranchMutationVariables = Exact<{
  conversationId: string | number;
  interactionId: string | number;
}>;


export type SwitchBranchMutation = { setActiveHead: { id: string } };

export type StopMutationVariables = Exact<{
  id: string | number;
}>;


export type StopMutation = { cancelInteraction: { id: string, status: InteractionStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EventFragmentDoc = new TypedDocumentString(`
    fragment Event on InteractionEvent {
  __typename
  cursor
  interactionId
  ... on StepDeltaEvent {
    index
    delta {
      type
      ... on TextDelta {
        text
      }
    }
  }
  ... on TurnEndEvent {
    reason
    error {
      code
      message
    }
    interaction {
      id
      outputText
      conversation {
        id
      }
    }
  }
}
    `, {"fragmentName":"Event"}) as unknown as TypedDocumentString<EventFragment, unknown>;
export const ChatDocument = new TypedDocumentString(`
    subscription Chat($input: SendMessageInput, $regenerate: RegenerateInput, $edit: EditMessageInput, $functionResults: SubmitFunctionResultsInput, $after: String) {
  chat(
    input: $input
    regenerate: $regenerate
    edit: $edit
    functionResults: $functionResults
    after: $after
  ) {
    ...Event
  }
}
    fragment Event on InteractionEvent {
  __typename
  cursor
  interactionId
  ... on StepDeltaEvent {
    index
    delta {
      type
      ... on TextDelta {
        text
      }
    }
  }
  ... on TurnEndEvent {
    reason
    error {
      code
      message
    }
    interaction {
      id
      outputText
      conversation {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<ChatSubscription, ChatSubscriptionVariables>;
export const ThreadDocument = new TypedDocumentString(`
    query Thread($id: ID!, $last: Int = 20, $before: String) {
  conversation(id: $id) {
    id
    title
    branch(last: $last, before: $before) {
      pageInfo {
        hasPreviousPage
        startCursor
      }
      edges {
        node {
          id
          siblingIndex
          siblingCount
          siblings {
            id
          }
          input {
            ... on TextContent {
              text
            }
            ... on MediaContent {
              mimeType
              url
            }
          }
          lastRound {
            id
            status
            outputText
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadQuery, ThreadQueryVariables>;
export const SwitchBranchDocument = new TypedDocumentString(`
    mutation SwitchBranch($conversationId: ID!, $interactionId: ID!) {
  setActiveHead(conversationId: $conversationId, interactionId: $interactionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SwitchBranchMutation, SwitchBranchMutationVariables>;
export const StopDocument = new TypedDocumentString(`
    mutation Stop($id: ID!) {
  cancelInteraction(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StopMutation, StopMutationVariables>;