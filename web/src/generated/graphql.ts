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

/** READ: queries and read subscriptions. WRITE: mutations and chat. ADMIN: admin fields (admin users only) */
export type ApiKeyScope =
  | 'ADMIN'
  | 'READ'
  | 'WRITE';

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

export type CreateAgentInput = {
  /** Upstream agent_config; a run's own keys win */
  agentConfig?: unknown;
  /** A built-in agent's id (see Query.agents) */
  baseAgent: string;
  /** The environment a run gets when it names none (null: none) */
  baseEnvironment?: EnvironmentInput | null | undefined;
  /**
   * upstream's value of baseEnvironment: "remote", an environment id, or a config
   * @deprecated Use baseEnvironment (typed); this JSON stays for one release
   */
  baseEnvironmentJson?: unknown;
  description?: string | null | undefined;
  /** 1 to 100 characters */
  name: string;
  /** Offer it to every user (admins only: FORBIDDEN otherwise) */
  shared?: boolean | null | undefined;
  /** Used when a run gives none */
  systemInstruction?: string | null | undefined;
  /** Added before a run's own tools */
  tools?: Array<ToolInput> | null | undefined;
};

export type CreateApiKeyInput = {
  /** What it is for, 1 to 100 characters */
  name: string;
  /** Default: all the owner's role allows (never more than the caller's own key holds) */
  scopes?: Array<ApiKeyScope> | null | undefined;
  /** Whose key (admins); default: the viewer */
  userId?: string | number | null | undefined;
};

export type CreateScheduleInput = {
  /** A built-in agent's id or a custom agent's */
  agent?: string | null | undefined;
  agentConfig?: unknown;
  /** A cron expression; occurrences closer than SCHEDULE_MIN_INTERVAL_MS are refused */
  cron: string;
  /** Failed ticks in a row after which it pauses (default SCHEDULE_MAX_CONSECUTIVE_FAILURES) */
  maxConsecutiveFailures?: number | null | undefined;
  /** Exactly one of model / agent */
  model?: string | null | undefined;
  /** 1 to 100 characters */
  name: string;
  parts?: Array<ContentInput> | null | undefined;
  /** The user turn each tick sends: text, or parts, or both (text first) */
  text?: string | null | undefined;
  /** IANA time zone the cron rule is read in, e.g. Europe/Berlin */
  timeZone: string;
  tools?: Array<ToolInput> | null | undefined;
};

export type CreateUserInput = {
  /** 1 to 100 characters */
  name: string;
  /** Default USER */
  role?: Role | null | undefined;
};

/** For the deep-research-* agents */
export type DeepResearchConfigInput = {
  /** The agent answers with a research plan first and goes on only once the next turn confirms it */
  collaborativePlanning?: boolean | null | undefined;
  /** Let the agent query BigQuery */
  enableBigqueryTool?: boolean | null | undefined;
  thinkingSummaries?: ThinkingSummaries | null | undefined;
  visualization?: ResearchVisualization | null | undefined;
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

/** TEXT in and out; *_INPUT: media it reads; IMAGE_OUTPUT: makes images; THINKING: reasoning summaries; FUNCTION_CALLING and BUILT_IN_TOOLS: tools; BACKGROUND: runs as a Job; RESEARCH/SANDBOX: agent kinds */
export type ModelCapability =
  | 'AUDIO_INPUT'
  | 'BACKGROUND'
  | 'BUILT_IN_TOOLS'
  | 'DOCUMENT_INPUT'
  | 'FUNCTION_CALLING'
  | 'IMAGE_INPUT'
  | 'IMAGE_OUTPUT'
  | 'RESEARCH'
  | 'SANDBOX'
  | 'STREAMING'
  | 'STRUCTURED_OUTPUT'
  | 'TEXT'
  | 'THINKING'
  | 'VIDEO_INPUT';

export type ModelKind =
  | 'AGENT'
  | 'MODEL';

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

/** USER: own data only. ADMIN: every user's data, users, keys, quotas and the audit log */
export type Role =
  | 'ADMIN'
  | 'USER';

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

/** PAUSED: by its owner, after maxConsecutiveFailures, or because its owner was disabled */
export type ScheduleState =
  | 'ACTIVE'
  | 'PAUSED';

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

/** Per-user limits: a field left out keeps its current value, null returns to the default, 0 is no limit */
export type SetUserQuotaInput = {
  concurrentRuns?: number | null | undefined;
  requestsPerMinute?: number | null | undefined;
  tokensPerDay?: number | null | undefined;
  tokensPerMonth?: number | null | undefined;
};

/** A voice for generated speech (one per speaker of a multi-speaker script) */
export type SpeechConfigInput = {
  language?: string | null | undefined;
  speaker?: string | null | undefined;
  voice?: string | null | undefined;
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

export type UriContentInput = {
  mimeType: string;
  uri: string;
};

/** DAY (UTC, YYYY-MM-DD), MODEL (model or agent), USER (admins), SERVICE_TIER (none sent: STANDARD) */
export type UsageGroupBy =
  | 'DAY'
  | 'MODEL'
  | 'SERVICE_TIER'
  | 'USER';

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

/** PENDING: waiting for its next attempt; FAILED: out of retries (or the webhook was disabled) */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** What a webhook hears of; on the wire `type` is dotted lowercase (INTERACTION_COMPLETED: interaction.completed) */
export type WebhookEvent =
  | 'INTERACTION_COMPLETED'
  | 'INTERACTION_FAILED'
  | 'INTERACTION_REQUIRES_ACTION'
  | 'JOB_FAILED'
  | 'JOB_SUCCEEDED';

/** DISABLED_AFTER_FAILURES: it failed for WEBHOOK_DISABLE_AFTER_MS (24 h); `disabledReason` says why */
export type WebhookState =
  | 'DISABLED'
  | 'DISABLED_AFTER_FAILURES'
  | 'ENABLED';

export type UsageByQueryVariables = Exact<{
  groupBy?: Array<UsageGroupBy> | UsageGroupBy | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UsageByQuery = { usage: Array<{ key: string, interactions: number, inputTokens: number, outputTokens: number, thoughtTokens: number, cachedTokens: number, totalTokens: number, costUsd: number, user: { id: string, name: string } | null }> };

export type AdminJobsQueryVariables = Exact<{
  state?: Array<InteractionStatus> | InteractionStatus | null | undefined;
  userId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminJobsQuery = { jobs: { edges: Array<{ node: { id: string, status: InteractionStatus, attempts: number, lastError: string | null, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null, interaction: { id: string, status: InteractionStatus, model: string | null, agent: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminCancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminCancelJobMutation = { cancelJob: { id: string, status: InteractionStatus } };

export type AdminRetryJobMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRetryJobMutation = { retryJob: { id: string, status: InteractionStatus } };

export type RunLatencyQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type RunLatencyQuery = { usage: Array<{ key: string, interactions: number, errors: number, ttftP50Ms: number | null, ttftP95Ms: number | null, latencyP50Ms: number | null, latencyP95Ms: number | null }> };

export type AdminActiveRunsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AdminActiveRunsQuery = { activeRuns: { edges: Array<{ node: { id: string, status: InteractionStatus, model: string | null, agent: string | null, createdAt: string, owner: { id: string, name: string } | null, conversation: { id: string, title: string | null } | null, job: { id: string } | null } }> } };

export type AdminKeyFragment = { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type AdminUserFragment = { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, createdAt: string, usageTotals: { requests: number, totalTokens: number }, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } };

export type AdminUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  search?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { edges: Array<{ node: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, createdAt: string, usageTotals: { requests: number, totalTokens: number }, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } } }> } };

export type AdminUserKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserKeysQuery = { user: { id: string, apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } }> } } | null };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, createdAt: string, usageTotals: { requests: number, totalTokens: number }, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } } };

export type AdminSetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type AdminSetUserRoleMutation = { setUserRole: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, createdAt: string, usageTotals: { requests: number, totalTokens: number }, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } } };

export type AdminDisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminDisableUserMutation = { disableUser: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, createdAt: string, usageTotals: { requests: number, totalTokens: number }, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } } };

export type AdminEnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminEnableUserMutation = { enableUser: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, createdAt: string, usageTotals: { requests: number, totalTokens: number }, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } } };

export type AdminSetUserQuotaMutationVariables = Exact<{
  userId: string | number;
  input: SetUserQuotaInput;
}>;


export type AdminSetUserQuotaMutation = { setUserQuota: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, createdAt: string, usageTotals: { requests: number, totalTokens: number }, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } } };

export type AdminCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AdminCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type AdminRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type AdminUserNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUserNamesQuery = { users: { edges: Array<{ node: { id: string, name: string } }> } };

export type AdminWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhooksQuery = { webhooks: Array<{ id: string, ownerId: string, url: string, events: Array<WebhookEvent>, state: WebhookState, disabledReason: string | null }> };

export type AdminWebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
}>;


export type AdminWebhookDeliveriesQuery = { webhookDeliveries: Array<{ id: string, type: string, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, nextAttemptAt: string | null, createdAt: string }> };

export type AdminRedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type AdminRedeliverMutation = { redeliver: { id: string, status: WebhookDeliveryStatus } };

export type WebAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAgentsQuery = { agents: Array<{ id: string, name: string, baseAgent: string, description: string | null, builtIn: boolean, backgroundOnly: boolean, shared: boolean, owner: { id: string, name: string } | null }> };

export type WebCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type WebCreateAgentMutation = { createAgent: { id: string, name: string } };

export type WebDeleteAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeleteAgentMutation = { deleteAgent: { id: string } };

type ContentFields_AudioContent_Fragment = { __typename: 'AudioContent', mimeType: string | null, url: string | null };

type ContentFields_DocumentContent_Fragment = { __typename: 'DocumentContent', mimeType: string | null, url: string | null };

type ContentFields_ImageContent_Fragment = { __typename: 'ImageContent', mimeType: string | null, url: string | null };

type ContentFields_TextContent_Fragment = { __typename: 'TextContent', text: string, annotations: unknown };

type ContentFields_VideoContent_Fragment = { __typename: 'VideoContent', mimeType: string | null, url: string | null };

export type ContentFieldsFragment =
  | ContentFields_AudioContent_Fragment
  | ContentFields_DocumentContent_Fragment
  | ContentFields_ImageContent_Fragment
  | ContentFields_TextContent_Fragment
  | ContentFields_VideoContent_Fragment
;

type StepFields_CodeExecutionCallStep_Fragment = { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null };

type StepFields_CodeExecutionResultStep_Fragment = { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean };

type StepFields_FileSearchCallStep_Fragment = { __typename: 'FileSearchCallStep' };

type StepFields_FileSearchResultStep_Fragment = { __typename: 'FileSearchResultStep', result: unknown, isError: boolean };

type StepFields_FunctionCallStep_Fragment = { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null };

type StepFields_FunctionResultStep_Fragment = { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string };

type StepFields_GoogleMapsCallStep_Fragment = { __typename: 'GoogleMapsCallStep', queries: Array<string> };

type StepFields_GoogleMapsResultStep_Fragment = { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean };

type StepFields_GoogleSearchCallStep_Fragment = { __typename: 'GoogleSearchCallStep', queries: Array<string> };

type StepFields_GoogleSearchResultStep_Fragment = { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean };

type StepFields_McpServerToolCallStep_Fragment = { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string };

type StepFields_McpServerToolResultStep_Fragment = { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string };

type StepFields_ModelOutputStep_Fragment = { __typename: 'ModelOutputStep', content: Array<
    | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
    | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
    | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
    | { __typename: 'TextContent', text: string, annotations: unknown }
    | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
  > };

type StepFields_OtherStep_Fragment = { __typename: 'OtherStep', type: string, data: unknown };

type StepFields_ProcessingCallStep_Fragment = { __typename: 'ProcessingCallStep' };

type StepFields_ProcessingResultStep_Fragment = { __typename: 'ProcessingResultStep' };

type StepFields_RetrievalCallStep_Fragment = { __typename: 'RetrievalCallStep' };

type StepFields_RetrievalResultStep_Fragment = { __typename: 'RetrievalResultStep' };

type StepFields_ThoughtStep_Fragment = { __typename: 'ThoughtStep', summary: Array<
    | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
    | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
    | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
    | { __typename: 'TextContent', text: string, annotations: unknown }
    | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
  > };

type StepFields_UrlContextCallStep_Fragment = { __typename: 'UrlContextCallStep', urls: Array<string> };

type StepFields_UrlContextResultStep_Fragment = { __typename: 'UrlContextResultStep', result: unknown, isError: boolean };

type StepFields_UserInputStep_Fragment = { __typename: 'UserInputStep' };

export type StepFieldsFragment =
  | StepFields_CodeExecutionCallStep_Fragment
  | StepFields_CodeExecutionResultStep_Fragment
  | StepFields_FileSearchCallStep_Fragment
  | StepFields_FileSearchResultStep_Fragment
  | StepFields_FunctionCallStep_Fragment
  | StepFields_FunctionResultStep_Fragment
  | StepFields_GoogleMapsCallStep_Fragment
  | StepFields_GoogleMapsResultStep_Fragment
  | StepFields_GoogleSearchCallStep_Fragment
  | StepFields_GoogleSearchResultStep_Fragment
  | StepFields_McpServerToolCallStep_Fragment
  | StepFields_McpServerToolResultStep_Fragment
  | StepFields_ModelOutputStep_Fragment
  | StepFields_OtherStep_Fragment
  | StepFields_ProcessingCallStep_Fragment
  | StepFields_ProcessingResultStep_Fragment
  | StepFields_RetrievalCallStep_Fragment
  | StepFields_RetrievalResultStep_Fragment
  | StepFields_ThoughtStep_Fragment
  | StepFields_UrlContextCallStep_Fragment
  | StepFields_UrlContextResultStep_Fragment
  | StepFields_UserInputStep_Fragment
;

export type TurnFieldsFragment = { id: string, status: InteractionStatus, model: string | null, agent: string | null, createdAt: string, outputText: string | null, json: unknown, parent: { id: string } | null, input: Array<
    | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
    | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
    | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
    | { __typename: 'TextContent', text: string, annotations: unknown }
    | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
  >, inputSteps: Array<
    | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
    | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
    | { __typename: 'FileSearchCallStep' }
    | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
    | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
    | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
    | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
    | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
    | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
    | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
    | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
    | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
    | { __typename: 'ModelOutputStep', content: Array<
        | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
        | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
      > }
    | { __typename: 'OtherStep', type: string, data: unknown }
    | { __typename: 'ProcessingCallStep' }
    | { __typename: 'ProcessingResultStep' }
    | { __typename: 'RetrievalCallStep' }
    | { __typename: 'RetrievalResultStep' }
    | { __typename: 'ThoughtStep', summary: Array<
        | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
        | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
      > }
    | { __typename: 'UrlContextCallStep', urls: Array<string> }
    | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
    | { __typename: 'UserInputStep' }
  >, steps: Array<
    | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
    | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
    | { __typename: 'FileSearchCallStep' }
    | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
    | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
    | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
    | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
    | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
    | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
    | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
    | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
    | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
    | { __typename: 'ModelOutputStep', content: Array<
        | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
        | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
      > }
    | { __typename: 'OtherStep', type: string, data: unknown }
    | { __typename: 'ProcessingCallStep' }
    | { __typename: 'ProcessingResultStep' }
    | { __typename: 'RetrievalCallStep' }
    | { __typename: 'RetrievalResultStep' }
    | { __typename: 'ThoughtStep', summary: Array<
        | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
        | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
      > }
    | { __typename: 'UrlContextCallStep', urls: Array<string> }
    | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
    | { __typename: 'UserInputStep' }
  >, error: { code: string, message: string } | null, job: { id: string, status: InteractionStatus, attempts: number, lastError: string | null } | null, usage: { totalTokens: number } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, role: Role } | null };

export type ChatModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatModelsQuery = { models: Array<{ id: string, kind: ModelKind, description: string, capabilities: Array<ModelCapability>, backgroundOnly: boolean, isDefault: boolean }> };

export type ConversationsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ConversationsQuery = { conversations: { edges: Array<{ node: { id: string, title: string | null, updatedAt: string } }> } };

export type ConversationViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationViewQuery = { conversation: { id: string, title: string | null, head: { id: string } | null, messages: Array<{ id: string, status: InteractionStatus, model: string | null, agent: string | null, createdAt: string, outputText: string | null, json: unknown, parent: { id: string } | null, input: Array<
        | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
        | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
      >, inputSteps: Array<
        | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
        | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
        | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
        | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
        | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep', summary: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'UrlContextCallStep', urls: Array<string> }
        | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
        | { __typename: 'UserInputStep' }
      >, steps: Array<
        | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
        | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
        | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
        | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
        | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep', summary: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'UrlContextCallStep', urls: Array<string> }
        | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
        | { __typename: 'UserInputStep' }
      >, error: { code: string, message: string } | null, job: { id: string, status: InteractionStatus, attempts: number, lastError: string | null } | null, usage: { totalTokens: number } | null }>, interactions: { edges: Array<{ node: { id: string, createdAt: string, parent: { id: string } | null } }> } } | null };

export type TurnQueryVariables = Exact<{
  id: string | number;
}>;


export type TurnQuery = { interaction: { id: string, status: InteractionStatus, model: string | null, agent: string | null, createdAt: string, outputText: string | null, json: unknown, conversation: { id: string } | null, parent: { id: string } | null, input: Array<
      | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
      | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
      | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
      | { __typename: 'TextContent', text: string, annotations: unknown }
      | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
    >, inputSteps: Array<
      | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
      | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
      | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
      | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
      | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep', summary: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'UrlContextCallStep', urls: Array<string> }
      | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
      | { __typename: 'UserInputStep' }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
      | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
      | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
      | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
      | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep', summary: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'UrlContextCallStep', urls: Array<string> }
      | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
      | { __typename: 'UserInputStep' }
    >, error: { code: string, message: string } | null, job: { id: string, status: InteractionStatus, attempts: number, lastError: string | null } | null, usage: { totalTokens: number } | null } | null };

type ChatEventFields_InteractionCompletedEvent_Fragment = { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, model: string | null, agent: string | null, createdAt: string, outputText: string | null, json: unknown, parent: { id: string } | null, input: Array<
      | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
      | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
      | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
      | { __typename: 'TextContent', text: string, annotations: unknown }
      | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
    >, inputSteps: Array<
      | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
      | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
      | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
      | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
      | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep', summary: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'UrlContextCallStep', urls: Array<string> }
      | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
      | { __typename: 'UserInputStep' }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
      | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
      | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
      | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
      | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
      | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep', summary: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'UrlContextCallStep', urls: Array<string> }
      | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
      | { __typename: 'UserInputStep' }
    >, error: { code: string, message: string } | null, job: { id: string, status: InteractionStatus, attempts: number, lastError: string | null } | null, usage: { totalTokens: number } | null } };

type ChatEventFields_InteractionCreatedEvent_Fragment = { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, conversationId: string | null };

type ChatEventFields_InteractionErrorEvent_Fragment = { __typename: 'InteractionErrorEvent', cursor: string, interactionId: string, code: string, message: string };

type ChatEventFields_InteractionStatusEvent_Fragment = { __typename: 'InteractionStatusEvent', cursor: string, interactionId: string, status: InteractionStatus };

type ChatEventFields_StepDeltaEvent_Fragment = { __typename: 'StepDeltaEvent', cursor: string, interactionId: string, index: number, delta:
    | { __typename: 'ArgumentsDelta', arguments: string }
    | { __typename: 'ImageDelta', mimeType: string | null, url: string | null }
    | { __typename: 'OtherDelta', type: string, data: unknown }
    | { __typename: 'TextDelta', text: string }
    | { __typename: 'ThoughtSummaryDelta', summary: string }
    | { __typename: 'ToolCallDelta', type: string }
    | { __typename: 'ToolResultDelta', type: string, result: unknown, isError: boolean }
   };

type ChatEventFields_StepStartEvent_Fragment = { __typename: 'StepStartEvent', cursor: string, interactionId: string, index: number, step:
    | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
    | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
    | { __typename: 'FileSearchCallStep' }
    | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
    | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
    | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
    | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
    | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
    | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
    | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
    | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
    | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
    | { __typename: 'ModelOutputStep', content: Array<
        | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
        | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
      > }
    | { __typename: 'OtherStep', type: string, data: unknown }
    | { __typename: 'ProcessingCallStep' }
    | { __typename: 'ProcessingResultStep' }
    | { __typename: 'RetrievalCallStep' }
    | { __typename: 'RetrievalResultStep' }
    | { __typename: 'ThoughtStep', summary: Array<
        | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
        | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
      > }
    | { __typename: 'UrlContextCallStep', urls: Array<string> }
    | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
    | { __typename: 'UserInputStep' }
   };

type ChatEventFields_StepStopEvent_Fragment = { __typename: 'StepStopEvent', cursor: string, interactionId: string, index: number };

type ChatEventFields_TurnEndEvent_Fragment = { __typename: 'TurnEndEvent', status: InteractionStatus, cursor: string, interactionId: string };

export type ChatEventFieldsFragment =
  | ChatEventFields_InteractionCompletedEvent_Fragment
  | ChatEventFields_InteractionCreatedEvent_Fragment
  | ChatEventFields_InteractionErrorEvent_Fragment
  | ChatEventFields_InteractionStatusEvent_Fragment
  | ChatEventFields_StepDeltaEvent_Fragment
  | ChatEventFields_StepStartEvent_Fragment
  | ChatEventFields_StepStopEvent_Fragment
  | ChatEventFields_TurnEndEvent_Fragment
;

export type ChatStreamSubscriptionVariables = Exact<{
  input: SendMessageInput;
  after?: string | null | undefined;
}>;


export type ChatStreamSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, model: string | null, agent: string | null, createdAt: string, outputText: string | null, json: unknown, parent: { id: string } | null, input: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        >, inputSteps: Array<
          | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
          | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
          | { __typename: 'FileSearchCallStep' }
          | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
          | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
          | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
          | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
          | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
          | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
          | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
          | { __typename: 'ModelOutputStep', content: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'OtherStep', type: string, data: unknown }
          | { __typename: 'ProcessingCallStep' }
          | { __typename: 'ProcessingResultStep' }
          | { __typename: 'RetrievalCallStep' }
          | { __typename: 'RetrievalResultStep' }
          | { __typename: 'ThoughtStep', summary: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'UrlContextCallStep', urls: Array<string> }
          | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
          | { __typename: 'UserInputStep' }
        >, steps: Array<
          | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
          | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
          | { __typename: 'FileSearchCallStep' }
          | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
          | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
          | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
          | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
          | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
          | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
          | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
          | { __typename: 'ModelOutputStep', content: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'OtherStep', type: string, data: unknown }
          | { __typename: 'ProcessingCallStep' }
          | { __typename: 'ProcessingResultStep' }
          | { __typename: 'RetrievalCallStep' }
          | { __typename: 'RetrievalResultStep' }
          | { __typename: 'ThoughtStep', summary: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'UrlContextCallStep', urls: Array<string> }
          | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
          | { __typename: 'UserInputStep' }
        >, error: { code: string, message: string } | null, job: { id: string, status: InteractionStatus, attempts: number, lastError: string | null } | null, usage: { totalTokens: number } | null } }
    | { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, conversationId: string | null }
    | { __typename: 'InteractionErrorEvent', cursor: string, interactionId: string, code: string, message: string }
    | { __typename: 'InteractionStatusEvent', cursor: string, interactionId: string, status: InteractionStatus }
    | { __typename: 'StepDeltaEvent', cursor: string, interactionId: string, index: number, delta:
        | { __typename: 'ArgumentsDelta', arguments: string }
        | { __typename: 'ImageDelta', mimeType: string | null, url: string | null }
        | { __typename: 'OtherDelta', type: string, data: unknown }
        | { __typename: 'TextDelta', text: string }
        | { __typename: 'ThoughtSummaryDelta', summary: string }
        | { __typename: 'ToolCallDelta', type: string }
        | { __typename: 'ToolResultDelta', type: string, result: unknown, isError: boolean }
       }
    | { __typename: 'StepStartEvent', cursor: string, interactionId: string, index: number, step:
        | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
        | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
        | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
        | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
        | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep', summary: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'UrlContextCallStep', urls: Array<string> }
        | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
        | { __typename: 'UserInputStep' }
       }
    | { __typename: 'StepStopEvent', cursor: string, interactionId: string, index: number }
    | { __typename: 'TurnEndEvent', status: InteractionStatus, cursor: string, interactionId: string }
   };

export type TurnEventsSubscriptionVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type TurnEventsSubscription = { interactionEvents:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, model: string | null, agent: string | null, createdAt: string, outputText: string | null, json: unknown, parent: { id: string } | null, input: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        >, inputSteps: Array<
          | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
          | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
          | { __typename: 'FileSearchCallStep' }
          | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
          | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
          | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
          | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
          | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
          | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
          | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
          | { __typename: 'ModelOutputStep', content: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'OtherStep', type: string, data: unknown }
          | { __typename: 'ProcessingCallStep' }
          | { __typename: 'ProcessingResultStep' }
          | { __typename: 'RetrievalCallStep' }
          | { __typename: 'RetrievalResultStep' }
          | { __typename: 'ThoughtStep', summary: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'UrlContextCallStep', urls: Array<string> }
          | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
          | { __typename: 'UserInputStep' }
        >, steps: Array<
          | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
          | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
          | { __typename: 'FileSearchCallStep' }
          | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
          | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
          | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
          | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
          | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
          | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
          | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
          | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
          | { __typename: 'ModelOutputStep', content: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'OtherStep', type: string, data: unknown }
          | { __typename: 'ProcessingCallStep' }
          | { __typename: 'ProcessingResultStep' }
          | { __typename: 'RetrievalCallStep' }
          | { __typename: 'RetrievalResultStep' }
          | { __typename: 'ThoughtStep', summary: Array<
              | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
              | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
              | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
              | { __typename: 'TextContent', text: string, annotations: unknown }
              | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
            > }
          | { __typename: 'UrlContextCallStep', urls: Array<string> }
          | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
          | { __typename: 'UserInputStep' }
        >, error: { code: string, message: string } | null, job: { id: string, status: InteractionStatus, attempts: number, lastError: string | null } | null, usage: { totalTokens: number } | null } }
    | { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, conversationId: string | null }
    | { __typename: 'InteractionErrorEvent', cursor: string, interactionId: string, code: string, message: string }
    | { __typename: 'InteractionStatusEvent', cursor: string, interactionId: string, status: InteractionStatus }
    | { __typename: 'StepDeltaEvent', cursor: string, interactionId: string, index: number, delta:
        | { __typename: 'ArgumentsDelta', arguments: string }
        | { __typename: 'ImageDelta', mimeType: string | null, url: string | null }
        | { __typename: 'OtherDelta', type: string, data: unknown }
        | { __typename: 'TextDelta', text: string }
        | { __typename: 'ThoughtSummaryDelta', summary: string }
        | { __typename: 'ToolCallDelta', type: string }
        | { __typename: 'ToolResultDelta', type: string, result: unknown, isError: boolean }
       }
    | { __typename: 'StepStartEvent', cursor: string, interactionId: string, index: number, step:
        | { __typename: 'CodeExecutionCallStep', code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'FunctionCallStep', name: string, arguments: unknown, callId: string | null }
        | { __typename: 'FunctionResultStep', result: unknown, isError: boolean, callId: string | null, resultName: string }
        | { __typename: 'GoogleMapsCallStep', queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', result: unknown, isError: boolean }
        | { __typename: 'GoogleSearchCallStep', queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', result: unknown, isError: boolean }
        | { __typename: 'McpServerToolCallStep', serverName: string | null, arguments: unknown, toolName: string }
        | { __typename: 'McpServerToolResultStep', serverName: string | null, result: unknown, toolResultName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep', summary: Array<
            | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
            | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
          > }
        | { __typename: 'UrlContextCallStep', urls: Array<string> }
        | { __typename: 'UrlContextResultStep', result: unknown, isError: boolean }
        | { __typename: 'UserInputStep' }
       }
    | { __typename: 'StepStopEvent', cursor: string, interactionId: string, index: number }
    | { __typename: 'TurnEndEvent', status: InteractionStatus, cursor: string, interactionId: string }
   };

export type StopTurnMutationVariables = Exact<{
  id: string | number;
}>;


export type StopTurnMutation = { cancelInteraction: { id: string, status: InteractionStatus } };

export type RegenerateTurnMutationVariables = Exact<{
  id: string | number;
}>;


export type RegenerateTurnMutation = { regenerate: { id: string } };

export type EditTurnMutationVariables = Exact<{
  id: string | number;
  input: MessageInput;
}>;


export type EditTurnMutation = { editMessage: { id: string } };

export type SwitchBranchMutationVariables = Exact<{
  conversationId: string | number;
  interactionId: string | number;
}>;


export type SwitchBranchMutation = { setActiveHead: { id: string } };

export type SendBackgroundTurnMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendBackgroundTurnMutation = { sendMessage: { id: string, conversation: { id: string } | null, job: { id: string, status: InteractionStatus } | null } };

export type JobProgressSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type JobProgressSubscription = { jobUpdates: { id: string, status: InteractionStatus, attempts: number, lastError: string | null, updatedAt: string, interaction: { id: string, status: InteractionStatus, agent: string | null, model: string | null } } };

export type ConversationHeadQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationHeadQuery = { conversation: { id: string, head: { id: string, status: InteractionStatus } | null } | null };

export type ChatFunctionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatFunctionsQuery = { serverFunctions: Array<{ name: string, description: string }> };

export type WebEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebEnvironmentsQuery = { environments: Array<{ id: string, status: string, fileCount: number, sizeBytes: number, lastAccessedAt: string | null }> };

export type WebEnvironmentFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type WebEnvironmentFilesQuery = { environment: { id: string, files: { edges: Array<{ node: { path: string, sizeBytes: number, mimeType: string | null, url: string } }> } } | null };

export type WebScheduleFragment = { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, consecutiveFailures: number, maxConsecutiveFailures: number, lastRun: { id: string, scheduledFor: string, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null };

export type WebSchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebSchedulesQuery = { schedules: { edges: Array<{ node: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, consecutiveFailures: number, maxConsecutiveFailures: number, lastRun: { id: string, scheduledFor: string, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } }> } };

export type WebScheduleRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type WebScheduleRunsQuery = { scheduleRuns: { edges: Array<{ node: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, error: string | null, job: { id: string, state: InteractionStatus } | null } }> } };

export type WebCreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type WebCreateScheduleMutation = { createSchedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, consecutiveFailures: number, maxConsecutiveFailures: number, lastRun: { id: string, scheduledFor: string, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } };

export type WebPauseScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type WebPauseScheduleMutation = { pauseSchedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, consecutiveFailures: number, maxConsecutiveFailures: number, lastRun: { id: string, scheduledFor: string, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } };

export type WebResumeScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type WebResumeScheduleMutation = { resumeSchedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, consecutiveFailures: number, maxConsecutiveFailures: number, lastRun: { id: string, scheduledFor: string, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } };

export type WebRunScheduleNowMutationVariables = Exact<{
  id: string | number;
}>;


export type WebRunScheduleNowMutation = { runScheduleNow: { id: string, state: InteractionStatus } };

export type WebDeleteScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeleteScheduleMutation = { deleteSchedule: { id: string } };

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
export const AdminKeyFragmentDoc = new TypedDocumentString(`
    fragment AdminKey on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"AdminKey"}) as unknown as TypedDocumentString<AdminKeyFragment, unknown>;
export const AdminUserFragmentDoc = new TypedDocumentString(`
    fragment AdminUser on User {
  id
  name
  role
  disabled
  builtIn
  createdAt
  usageTotals {
    requests
    totalTokens
  }
  quota {
    requestsPerMinute
    tokensPerDay
    tokensPerMonth
    concurrentRuns
    overridden
  }
}
    `, {"fragmentName":"AdminUser"}) as unknown as TypedDocumentString<AdminUserFragment, unknown>;
export const ContentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}
    `, {"fragmentName":"ContentFields"}) as unknown as TypedDocumentString<ContentFieldsFragment, unknown>;
export const StepFieldsFragmentDoc = new TypedDocumentString(`
    fragment StepFields on Step {
  __typename
  ... on ModelOutputStep {
    content {
      ...ContentFields
    }
  }
  ... on ThoughtStep {
    summary {
      ...ContentFields
    }
  }
  ... on FunctionCallStep {
    name
    arguments
    callId
  }
  ... on FunctionResultStep {
    resultName: name
    result
    isError
    callId
  }
  ... on GoogleSearchCallStep {
    queries
  }
  ... on GoogleSearchResultStep {
    result
    isError
  }
  ... on CodeExecutionCallStep {
    code
    language
  }
  ... on CodeExecutionResultStep {
    output
    isError
  }
  ... on UrlContextCallStep {
    urls
  }
  ... on UrlContextResultStep {
    result
    isError
  }
  ... on GoogleMapsCallStep {
    queries
  }
  ... on GoogleMapsResultStep {
    result
    isError
  }
  ... on FileSearchResultStep {
    result
    isError
  }
  ... on McpServerToolCallStep {
    toolName: name
    serverName
    arguments
  }
  ... on McpServerToolResultStep {
    toolResultName: name
    serverName
    result
  }
  ... on OtherStep {
    type
    data
  }
}
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}`, {"fragmentName":"StepFields"}) as unknown as TypedDocumentString<StepFieldsFragment, unknown>;
export const TurnFieldsFragmentDoc = new TypedDocumentString(`
    fragment TurnFields on Interaction {
  id
  status
  model
  agent
  createdAt
  outputText
  json
  parent {
    id
  }
  input {
    ...ContentFields
  }
  inputSteps {
    ...StepFields
  }
  steps {
    ...StepFields
  }
  error {
    code
    message
  }
  job {
    id
    status
    attempts
    lastError
  }
  usage {
    totalTokens
  }
}
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}
fragment StepFields on Step {
  __typename
  ... on ModelOutputStep {
    content {
      ...ContentFields
    }
  }
  ... on ThoughtStep {
    summary {
      ...ContentFields
    }
  }
  ... on FunctionCallStep {
    name
    arguments
    callId
  }
  ... on FunctionResultStep {
    resultName: name
    result
    isError
    callId
  }
  ... on GoogleSearchCallStep {
    queries
  }
  ... on GoogleSearchResultStep {
    result
    isError
  }
  ... on CodeExecutionCallStep {
    code
    language
  }
  ... on CodeExecutionResultStep {
    output
    isError
  }
  ... on UrlContextCallStep {
    urls
  }
  ... on UrlContextResultStep {
    result
    isError
  }
  ... on GoogleMapsCallStep {
    queries
  }
  ... on GoogleMapsResultStep {
    result
    isError
  }
  ... on FileSearchResultStep {
    result
    isError
  }
  ... on McpServerToolCallStep {
    toolName: name
    serverName
    arguments
  }
  ... on McpServerToolResultStep {
    toolResultName: name
    serverName
    result
  }
  ... on OtherStep {
    type
    data
  }
}`, {"fragmentName":"TurnFields"}) as unknown as TypedDocumentString<TurnFieldsFragment, unknown>;
export const ChatEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChatEventFields on InteractionEvent {
  __typename
  cursor
  interactionId
  ... on TurnEndEvent {
    status
  }
  ... on InteractionCreatedEvent {
    cursor
    interactionId
    conversationId
  }
  ... on InteractionStatusEvent {
    cursor
    interactionId
    status
  }
  ... on StepStartEvent {
    cursor
    interactionId
    index
    step {
      ...StepFields
    }
  }
  ... on StepDeltaEvent {
    cursor
    interactionId
    index
    delta {
      __typename
      ... on TextDelta {
        text
      }
      ... on ThoughtSummaryDelta {
        summary: text
      }
      ... on ArgumentsDelta {
        arguments
      }
      ... on ImageDelta {
        mimeType
        url
      }
      ... on ToolCallDelta {
        type
      }
      ... on ToolResultDelta {
        type
        result
        isError
      }
      ... on OtherDelta {
        type
        data
      }
    }
  }
  ... on StepStopEvent {
    cursor
    interactionId
    index
  }
  ... on InteractionCompletedEvent {
    cursor
    interactionId
    interaction {
      ...TurnFields
    }
  }
  ... on InteractionErrorEvent {
    cursor
    interactionId
    code
    message
  }
}
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}
fragment StepFields on Step {
  __typename
  ... on ModelOutputStep {
    content {
      ...ContentFields
    }
  }
  ... on ThoughtStep {
    summary {
      ...ContentFields
    }
  }
  ... on FunctionCallStep {
    name
    arguments
    callId
  }
  ... on FunctionResultStep {
    resultName: name
    result
    isError
    callId
  }
  ... on GoogleSearchCallStep {
    queries
  }
  ... on GoogleSearchResultStep {
    result
    isError
  }
  ... on CodeExecutionCallStep {
    code
    language
  }
  ... on CodeExecutionResultStep {
    output
    isError
  }
  ... on UrlContextCallStep {
    urls
  }
  ... on UrlContextResultStep {
    result
    isError
  }
  ... on GoogleMapsCallStep {
    queries
  }
  ... on GoogleMapsResultStep {
    result
    isError
  }
  ... on FileSearchResultStep {
    result
    isError
  }
  ... on McpServerToolCallStep {
    toolName: name
    serverName
    arguments
  }
  ... on McpServerToolResultStep {
    toolResultName: name
    serverName
    result
  }
  ... on OtherStep {
    type
    data
  }
}
fragment TurnFields on Interaction {
  id
  status
  model
  agent
  createdAt
  outputText
  json
  parent {
    id
  }
  input {
    ...ContentFields
  }
  inputSteps {
    ...StepFields
  }
  steps {
    ...StepFields
  }
  error {
    code
    message
  }
  job {
    id
    status
    attempts
    lastError
  }
  usage {
    totalTokens
  }
}`, {"fragmentName":"ChatEventFields"}) as unknown as TypedDocumentString<ChatEventFieldsFragment, unknown>;
export const WebScheduleFragmentDoc = new TypedDocumentString(`
    fragment WebSchedule on Schedule {
  id
  name
  cron
  timeZone
  state
  pausedReason
  nextRunAt
  model
  agent
  text
  consecutiveFailures
  maxConsecutiveFailures
  lastRun {
    id
    scheduledFor
    errorCode
    job {
      id
      state
    }
  }
}
    `, {"fragmentName":"WebSchedule"}) as unknown as TypedDocumentString<WebScheduleFragment, unknown>;
export const UsageByDocument = new TypedDocumentString(`
    query UsageBy($groupBy: [UsageGroupBy!], $from: DateTime, $to: DateTime) {
  usage(groupBy: $groupBy, from: $from, to: $to) {
    key
    interactions
    inputTokens
    outputTokens
    thoughtTokens
    cachedTokens
    totalTokens
    costUsd
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UsageByQuery, UsageByQueryVariables>;
export const AdminJobsDocument = new TypedDocumentString(`
    query AdminJobs($state: [InteractionStatus!], $userId: ID, $first: Int, $after: String) {
  jobs(state: $state, userId: $userId, first: $first, after: $after) {
    edges {
      node {
        id
        status
        attempts
        lastError
        createdAt
        updatedAt
        owner {
          id
          name
        }
        interaction {
          id
          status
          model
          agent
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminJobsQuery, AdminJobsQueryVariables>;
export const AdminCancelJobDocument = new TypedDocumentString(`
    mutation AdminCancelJob($id: ID!) {
  cancelJob(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminCancelJobMutation, AdminCancelJobMutationVariables>;
export const AdminRetryJobDocument = new TypedDocumentString(`
    mutation AdminRetryJob($id: ID!) {
  retryJob(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminRetryJobMutation, AdminRetryJobMutationVariables>;
export const RunLatencyDocument = new TypedDocumentString(`
    query RunLatency($from: DateTime) {
  usage(groupBy: [MODEL], from: $from) {
    key
    interactions
    errors
    ttftP50Ms
    ttftP95Ms
    latencyP50Ms
    latencyP95Ms
  }
}
    `) as unknown as TypedDocumentString<RunLatencyQuery, RunLatencyQueryVariables>;
export const AdminActiveRunsDocument = new TypedDocumentString(`
    query AdminActiveRuns($first: Int) {
  activeRuns(first: $first) {
    edges {
      node {
        id
        status
        model
        agent
        createdAt
        owner {
          id
          name
        }
        conversation {
          id
          title
        }
        job {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminActiveRunsQuery, AdminActiveRunsQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($first: Int, $search: String) {
  users(first: $first, search: $search) {
    edges {
      node {
        ...AdminUser
      }
    }
  }
}
    fragment AdminUser on User {
  id
  name
  role
  disabled
  builtIn
  createdAt
  usageTotals {
    requests
    totalTokens
  }
  quota {
    requestsPerMinute
    tokensPerDay
    tokensPerMonth
    concurrentRuns
    overridden
  }
}`) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserKeysDocument = new TypedDocumentString(`
    query AdminUserKeys($id: ID!) {
  user(id: $id) {
    id
    apiKeys(first: 100) {
      edges {
        node {
          ...AdminKey
        }
      }
    }
  }
}
    fragment AdminKey on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<AdminUserKeysQuery, AdminUserKeysQueryVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  role
  disabled
  builtIn
  createdAt
  usageTotals {
    requests
    totalTokens
  }
  quota {
    requestsPerMinute
    tokensPerDay
    tokensPerMonth
    concurrentRuns
    overridden
  }
}`) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminSetUserRoleDocument = new TypedDocumentString(`
    mutation AdminSetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  role
  disabled
  builtIn
  createdAt
  usageTotals {
    requests
    totalTokens
  }
  quota {
    requestsPerMinute
    tokensPerDay
    tokensPerMonth
    concurrentRuns
    overridden
  }
}`) as unknown as TypedDocumentString<AdminSetUserRoleMutation, AdminSetUserRoleMutationVariables>;
export const AdminDisableUserDocument = new TypedDocumentString(`
    mutation AdminDisableUser($userId: ID!) {
  disableUser(userId: $userId) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  role
  disabled
  builtIn
  createdAt
  usageTotals {
    requests
    totalTokens
  }
  quota {
    requestsPerMinute
    tokensPerDay
    tokensPerMonth
    concurrentRuns
    overridden
  }
}`) as unknown as TypedDocumentString<AdminDisableUserMutation, AdminDisableUserMutationVariables>;
export const AdminEnableUserDocument = new TypedDocumentString(`
    mutation AdminEnableUser($userId: ID!) {
  enableUser(userId: $userId) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  role
  disabled
  builtIn
  createdAt
  usageTotals {
    requests
    totalTokens
  }
  quota {
    requestsPerMinute
    tokensPerDay
    tokensPerMonth
    concurrentRuns
    overridden
  }
}`) as unknown as TypedDocumentString<AdminEnableUserMutation, AdminEnableUserMutationVariables>;
export const AdminSetUserQuotaDocument = new TypedDocumentString(`
    mutation AdminSetUserQuota($userId: ID!, $input: SetUserQuotaInput!) {
  setUserQuota(userId: $userId, input: $input) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  name
  role
  disabled
  builtIn
  createdAt
  usageTotals {
    requests
    totalTokens
  }
  quota {
    requestsPerMinute
    tokensPerDay
    tokensPerMonth
    concurrentRuns
    overridden
  }
}`) as unknown as TypedDocumentString<AdminSetUserQuotaMutation, AdminSetUserQuotaMutationVariables>;
export const AdminCreateApiKeyDocument = new TypedDocumentString(`
    mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      ...AdminKey
    }
  }
}
    fragment AdminKey on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<AdminCreateApiKeyMutation, AdminCreateApiKeyMutationVariables>;
export const AdminRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AdminRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...AdminKey
  }
}
    fragment AdminKey on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminUserNamesDocument = new TypedDocumentString(`
    query AdminUserNames {
  users(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUserNamesQuery, AdminUserNamesQueryVariables>;
export const AdminWebhooksDocument = new TypedDocumentString(`
    query AdminWebhooks {
  webhooks {
    id
    ownerId
    url
    events
    state
    disabledReason
  }
}
    `) as unknown as TypedDocumentString<AdminWebhooksQuery, AdminWebhooksQueryVariables>;
export const AdminWebhookDeliveriesDocument = new TypedDocumentString(`
    query AdminWebhookDeliveries($webhookId: ID!) {
  webhookDeliveries(webhookId: $webhookId, first: 10) {
    id
    type
    status
    attempts
    responseCode
    lastError
    nextAttemptAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AdminWebhookDeliveriesQuery, AdminWebhookDeliveriesQueryVariables>;
export const AdminRedeliverDocument = new TypedDocumentString(`
    mutation AdminRedeliver($deliveryId: ID!) {
  redeliver(deliveryId: $deliveryId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminRedeliverMutation, AdminRedeliverMutationVariables>;
export const WebAgentsDocument = new TypedDocumentString(`
    query WebAgents {
  agents {
    id
    name
    baseAgent
    description
    builtIn
    backgroundOnly
    shared
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebAgentsQuery, WebAgentsQueryVariables>;
export const WebCreateAgentDocument = new TypedDocumentString(`
    mutation WebCreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebCreateAgentMutation, WebCreateAgentMutationVariables>;
export const WebDeleteAgentDocument = new TypedDocumentString(`
    mutation WebDeleteAgent($id: ID!) {
  deleteAgent(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebDeleteAgentMutation, WebDeleteAgentMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ChatModelsDocument = new TypedDocumentString(`
    query ChatModels {
  models {
    id
    kind
    description
    capabilities
    backgroundOnly
    isDefault
  }
}
    `) as unknown as TypedDocumentString<ChatModelsQuery, ChatModelsQueryVariables>;
export const ConversationsDocument = new TypedDocumentString(`
    query Conversations($search: String, $first: Int) {
  conversations(search: $search, first: $first) {
    edges {
      node {
        id
        title
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationViewDocument = new TypedDocumentString(`
    query ConversationView($id: ID!) {
  conversation(id: $id) {
    id
    title
    head {
      id
    }
    messages {
      ...TurnFields
    }
    interactions(first: 100) {
      edges {
        node {
          id
          createdAt
          parent {
            id
          }
        }
      }
    }
  }
}
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}
fragment StepFields on Step {
  __typename
  ... on ModelOutputStep {
    content {
      ...ContentFields
    }
  }
  ... on ThoughtStep {
    summary {
      ...ContentFields
    }
  }
  ... on FunctionCallStep {
    name
    arguments
    callId
  }
  ... on FunctionResultStep {
    resultName: name
    result
    isError
    callId
  }
  ... on GoogleSearchCallStep {
    queries
  }
  ... on GoogleSearchResultStep {
    result
    isError
  }
  ... on CodeExecutionCallStep {
    code
    language
  }
  ... on CodeExecutionResultStep {
    output
    isError
  }
  ... on UrlContextCallStep {
    urls
  }
  ... on UrlContextResultStep {
    result
    isError
  }
  ... on GoogleMapsCallStep {
    queries
  }
  ... on GoogleMapsResultStep {
    result
    isError
  }
  ... on FileSearchResultStep {
    result
    isError
  }
  ... on McpServerToolCallStep {
    toolName: name
    serverName
    arguments
  }
  ... on McpServerToolResultStep {
    toolResultName: name
    serverName
    result
  }
  ... on OtherStep {
    type
    data
  }
}
fragment TurnFields on Interaction {
  id
  status
  model
  agent
  createdAt
  outputText
  json
  parent {
    id
  }
  input {
    ...ContentFields
  }
  inputSteps {
    ...StepFields
  }
  steps {
    ...StepFields
  }
  error {
    code
    message
  }
  job {
    id
    status
    attempts
    lastError
  }
  usage {
    totalTokens
  }
}`) as unknown as TypedDocumentString<ConversationViewQuery, ConversationViewQueryVariables>;
export const TurnDocument = new TypedDocumentString(`
    query Turn($id: ID!) {
  interaction(id: $id) {
    ...TurnFields
    conversation {
      id
    }
  }
}
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}
fragment StepFields on Step {
  __typename
  ... on ModelOutputStep {
    content {
      ...ContentFields
    }
  }
  ... on ThoughtStep {
    summary {
      ...ContentFields
    }
  }
  ... on FunctionCallStep {
    name
    arguments
    callId
  }
  ... on FunctionResultStep {
    resultName: name
    result
    isError
    callId
  }
  ... on GoogleSearchCallStep {
    queries
  }
  ... on GoogleSearchResultStep {
    result
    isError
  }
  ... on CodeExecutionCallStep {
    code
    language
  }
  ... on CodeExecutionResultStep {
    output
    isError
  }
  ... on UrlContextCallStep {
    urls
  }
  ... on UrlContextResultStep {
    result
    isError
  }
  ... on GoogleMapsCallStep {
    queries
  }
  ... on GoogleMapsResultStep {
    result
    isError
  }
  ... on FileSearchResultStep {
    result
    isError
  }
  ... on McpServerToolCallStep {
    toolName: name
    serverName
    arguments
  }
  ... on McpServerToolResultStep {
    toolResultName: name
    serverName
    result
  }
  ... on OtherStep {
    type
    data
  }
}
fragment TurnFields on Interaction {
  id
  status
  model
  agent
  createdAt
  outputText
  json
  parent {
    id
  }
  input {
    ...ContentFields
  }
  inputSteps {
    ...StepFields
  }
  steps {
    ...StepFields
  }
  error {
    code
    message
  }
  job {
    id
    status
    attempts
    lastError
  }
  usage {
    totalTokens
  }
}`) as unknown as TypedDocumentString<TurnQuery, TurnQueryVariables>;
export const ChatStreamDocument = new TypedDocumentString(`
    subscription ChatStream($input: SendMessageInput!, $after: String) {
  chat(input: $input, after: $after) {
    ...ChatEventFields
  }
}
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}
fragment StepFields on Step {
  __typename
  ... on ModelOutputStep {
    content {
      ...ContentFields
    }
  }
  ... on ThoughtStep {
    summary {
      ...ContentFields
    }
  }
  ... on FunctionCallStep {
    name
    arguments
    callId
  }
  ... on FunctionResultStep {
    resultName: name
    result
    isError
    callId
  }
  ... on GoogleSearchCallStep {
    queries
  }
  ... on GoogleSearchResultStep {
    result
    isError
  }
  ... on CodeExecutionCallStep {
    code
    language
  }
  ... on CodeExecutionResultStep {
    output
    isError
  }
  ... on UrlContextCallStep {
    urls
  }
  ... on UrlContextResultStep {
    result
    isError
  }
  ... on GoogleMapsCallStep {
    queries
  }
  ... on GoogleMapsResultStep {
    result
    isError
  }
  ... on FileSearchResultStep {
    result
    isError
  }
  ... on McpServerToolCallStep {
    toolName: name
    serverName
    arguments
  }
  ... on McpServerToolResultStep {
    toolResultName: name
    serverName
    result
  }
  ... on OtherStep {
    type
    data
  }
}
fragment TurnFields on Interaction {
  id
  status
  model
  agent
  createdAt
  outputText
  json
  parent {
    id
  }
  input {
    ...ContentFields
  }
  inputSteps {
    ...StepFields
  }
  steps {
    ...StepFields
  }
  error {
    code
    message
  }
  job {
    id
    status
    attempts
    lastError
  }
  usage {
    totalTokens
  }
}
fragment ChatEventFields on InteractionEvent {
  __typename
  cursor
  interactionId
  ... on TurnEndEvent {
    status
  }
  ... on InteractionCreatedEvent {
    cursor
    interactionId
    conversationId
  }
  ... on InteractionStatusEvent {
    cursor
    interactionId
    status
  }
  ... on StepStartEvent {
    cursor
    interactionId
    index
    step {
      ...StepFields
    }
  }
  ... on StepDeltaEvent {
    cursor
    interactionId
    index
    delta {
      __typename
      ... on TextDelta {
        text
      }
      ... on ThoughtSummaryDelta {
        summary: text
      }
      ... on ArgumentsDelta {
        arguments
      }
      ... on ImageDelta {
        mimeType
        url
      }
      ... on ToolCallDelta {
        type
      }
      ... on ToolResultDelta {
        type
        result
        isError
      }
      ... on OtherDelta {
        type
        data
      }
    }
  }
  ... on StepStopEvent {
    cursor
    interactionId
    index
  }
  ... on InteractionCompletedEvent {
    cursor
    interactionId
    interaction {
      ...TurnFields
    }
  }
  ... on InteractionErrorEvent {
    cursor
    interactionId
    code
    message
  }
}`) as unknown as TypedDocumentString<ChatStreamSubscription, ChatStreamSubscriptionVariables>;
export const TurnEventsDocument = new TypedDocumentString(`
    subscription TurnEvents($id: ID!, $after: String) {
  interactionEvents(id: $id, after: $after) {
    ...ChatEventFields
  }
}
    fragment ContentFields on Content {
  __typename
  ... on TextContent {
    text
    annotations
  }
  ... on ImageContent {
    mimeType
    url
  }
  ... on AudioContent {
    mimeType
    url
  }
  ... on VideoContent {
    mimeType
    url
  }
  ... on DocumentContent {
    mimeType
    url
  }
}
fragment StepFields on Step {
  __typename
  ... on ModelOutputStep {
    content {
      ...ContentFields
    }
  }
  ... on ThoughtStep {
    summary {
      ...ContentFields
    }
  }
  ... on FunctionCallStep {
    name
    arguments
    callId
  }
  ... on FunctionResultStep {
    resultName: name
    result
    isError
    callId
  }
  ... on GoogleSearchCallStep {
    queries
  }
  ... on GoogleSearchResultStep {
    result
    isError
  }
  ... on CodeExecutionCallStep {
    code
    language
  }
  ... on CodeExecutionResultStep {
    output
    isError
  }
  ... on UrlContextCallStep {
    urls
  }
  ... on UrlContextResultStep {
    result
    isError
  }
  ... on GoogleMapsCallStep {
    queries
  }
  ... on GoogleMapsResultStep {
    result
    isError
  }
  ... on FileSearchResultStep {
    result
    isError
  }
  ... on McpServerToolCallStep {
    toolName: name
    serverName
    arguments
  }
  ... on McpServerToolResultStep {
    toolResultName: name
    serverName
    result
  }
  ... on OtherStep {
    type
    data
  }
}
fragment TurnFields on Interaction {
  id
  status
  model
  agent
  createdAt
  outputText
  json
  parent {
    id
  }
  input {
    ...ContentFields
  }
  inputSteps {
    ...StepFields
  }
  steps {
    ...StepFields
  }
  error {
    code
    message
  }
  job {
    id
    status
    attempts
    lastError
  }
  usage {
    totalTokens
  }
}
fragment ChatEventFields on InteractionEvent {
  __typename
  cursor
  interactionId
  ... on TurnEndEvent {
    status
  }
  ... on InteractionCreatedEvent {
    cursor
    interactionId
    conversationId
  }
  ... on InteractionStatusEvent {
    cursor
    interactionId
    status
  }
  ... on StepStartEvent {
    cursor
    interactionId
    index
    step {
      ...StepFields
    }
  }
  ... on StepDeltaEvent {
    cursor
    interactionId
    index
    delta {
      __typename
      ... on TextDelta {
        text
      }
      ... on ThoughtSummaryDelta {
        summary: text
      }
      ... on ArgumentsDelta {
        arguments
      }
      ... on ImageDelta {
        mimeType
        url
      }
      ... on ToolCallDelta {
        type
      }
      ... on ToolResultDelta {
        type
        result
        isError
      }
      ... on OtherDelta {
        type
        data
      }
    }
  }
  ... on StepStopEvent {
    cursor
    interactionId
    index
  }
  ... on InteractionCompletedEvent {
    cursor
    interactionId
    interaction {
      ...TurnFields
    }
  }
  ... on InteractionErrorEvent {
    cursor
    interactionId
    code
    message
  }
}`) as unknown as TypedDocumentString<TurnEventsSubscription, TurnEventsSubscriptionVariables>;
export const StopTurnDocument = new TypedDocumentString(`
    mutation StopTurn($id: ID!) {
  cancelInteraction(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StopTurnMutation, StopTurnMutationVariables>;
export const RegenerateTurnDocument = new TypedDocumentString(`
    mutation RegenerateTurn($id: ID!) {
  regenerate(interactionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegenerateTurnMutation, RegenerateTurnMutationVariables>;
export const EditTurnDocument = new TypedDocumentString(`
    mutation EditTurn($id: ID!, $input: MessageInput!) {
  editMessage(interactionId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditTurnMutation, EditTurnMutationVariables>;
export const SwitchBranchDocument = new TypedDocumentString(`
    mutation SwitchBranch($conversationId: ID!, $interactionId: ID!) {
  setActiveHead(conversationId: $conversationId, interactionId: $interactionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SwitchBranchMutation, SwitchBranchMutationVariables>;
export const SendBackgroundTurnDocument = new TypedDocumentString(`
    mutation SendBackgroundTurn($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    conversation {
      id
    }
    job {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SendBackgroundTurnMutation, SendBackgroundTurnMutationVariables>;
export const JobProgressDocument = new TypedDocumentString(`
    subscription JobProgress($id: ID) {
  jobUpdates(id: $id) {
    id
    status
    attempts
    lastError
    updatedAt
    interaction {
      id
      status
      agent
      model
    }
  }
}
    `) as unknown as TypedDocumentString<JobProgressSubscription, JobProgressSubscriptionVariables>;
export const ConversationHeadDocument = new TypedDocumentString(`
    query ConversationHead($id: ID!) {
  conversation(id: $id) {
    id
    head {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConversationHeadQuery, ConversationHeadQueryVariables>;
export const ChatFunctionsDocument = new TypedDocumentString(`
    query ChatFunctions {
  serverFunctions {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<ChatFunctionsQuery, ChatFunctionsQueryVariables>;
export const WebEnvironmentsDocument = new TypedDocumentString(`
    query WebEnvironments {
  environments {
    id
    status
    fileCount
    sizeBytes
    lastAccessedAt
  }
}
    `) as unknown as TypedDocumentString<WebEnvironmentsQuery, WebEnvironmentsQueryVariables>;
export const WebEnvironmentFilesDocument = new TypedDocumentString(`
    query WebEnvironmentFiles($id: ID!) {
  environment(id: $id) {
    id
    files(first: 100) {
      edges {
        node {
          path
          sizeBytes
          mimeType
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebEnvironmentFilesQuery, WebEnvironmentFilesQueryVariables>;
export const WebSchedulesDocument = new TypedDocumentString(`
    query WebSchedules {
  schedules(first: 100) {
    edges {
      node {
        ...WebSchedule
      }
    }
  }
}
    fragment WebSchedule on Schedule {
  id
  name
  cron
  timeZone
  state
  pausedReason
  nextRunAt
  model
  agent
  text
  consecutiveFailures
  maxConsecutiveFailures
  lastRun {
    id
    scheduledFor
    errorCode
    job {
      id
      state
    }
  }
}`) as unknown as TypedDocumentString<WebSchedulesQuery, WebSchedulesQueryVariables>;
export const WebScheduleRunsDocument = new TypedDocumentString(`
    query WebScheduleRuns($id: ID!) {
  scheduleRuns(id: $id, first: 20) {
    edges {
      node {
        id
        scheduledFor
        manual
        errorCode
        error
        job {
          id
          state
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebScheduleRunsQuery, WebScheduleRunsQueryVariables>;
export const WebCreateScheduleDocument = new TypedDocumentString(`
    mutation WebCreateSchedule($input: CreateScheduleInput!) {
  createSchedule(input: $input) {
    ...WebSchedule
  }
}
    fragment WebSchedule on Schedule {
  id
  name
  cron
  timeZone
  state
  pausedReason
  nextRunAt
  model
  agent
  text
  consecutiveFailures
  maxConsecutiveFailures
  lastRun {
    id
    scheduledFor
    errorCode
    job {
      id
      state
    }
  }
}`) as unknown as TypedDocumentString<WebCreateScheduleMutation, WebCreateScheduleMutationVariables>;
export const WebPauseScheduleDocument = new TypedDocumentString(`
    mutation WebPauseSchedule($id: ID!) {
  pauseSchedule(id: $id) {
    ...WebSchedule
  }
}
    fragment WebSchedule on Schedule {
  id
  name
  cron
  timeZone
  state
  pausedReason
  nextRunAt
  model
  agent
  text
  consecutiveFailures
  maxConsecutiveFailures
  lastRun {
    id
    scheduledFor
    errorCode
    job {
      id
      state
    }
  }
}`) as unknown as TypedDocumentString<WebPauseScheduleMutation, WebPauseScheduleMutationVariables>;
export const WebResumeScheduleDocument = new TypedDocumentString(`
    mutation WebResumeSchedule($id: ID!) {
  resumeSchedule(id: $id) {
    ...WebSchedule
  }
}
    fragment WebSchedule on Schedule {
  id
  name
  cron
  timeZone
  state
  pausedReason
  nextRunAt
  model
  agent
  text
  consecutiveFailures
  maxConsecutiveFailures
  lastRun {
    id
    scheduledFor
    errorCode
    job {
      id
      state
    }
  }
}`) as unknown as TypedDocumentString<WebResumeScheduleMutation, WebResumeScheduleMutationVariables>;
export const WebRunScheduleNowDocument = new TypedDocumentString(`
    mutation WebRunScheduleNow($id: ID!) {
  runScheduleNow(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<WebRunScheduleNowMutation, WebRunScheduleNowMutationVariables>;
export const WebDeleteScheduleDocument = new TypedDocumentString(`
    mutation WebDeleteSchedule($id: ID!) {
  deleteSchedule(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebDeleteScheduleMutation, WebDeleteScheduleMutationVariables>;