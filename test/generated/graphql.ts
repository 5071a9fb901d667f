/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Why upstream blocked a turn (SAFETY: a safety setting's threshold was reached) */
export type BlockReason =
  | 'BLOCKLIST'
  | 'IMAGE_SAFETY'
  | 'JAILBREAK'
  | 'OTHER'
  | 'PROHIBITED_CONTENT'
  | 'SAFETY';

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

export type CreateInteractionInput = {
  agent?: string | null | undefined;
  agentConfig?: unknown;
  /** The agent's config, typed per agent kind */
  agentSettings?: AgentConfigInput | null | undefined;
  /** Run as a background job */
  background?: boolean | null | undefined;
  /** Your id for this send, unique per user: a retry with it attaches to the turn it started */
  clientMessageId?: string | number | null | undefined;
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
  /** Exactly one of model / agent */
  model?: string | null | undefined;
  parts?: Array<ContentInput> | null | undefined;
  /** Our id; the server maps it to the upstream id */
  previousInteractionId?: string | number | null | undefined;
  /** A JSON schema for structured output, or upstream's format entry ({"type": "image", "aspect_ratio": "16:9"}), or a list of them (several outputs at once) */
  responseFormat?: unknown;
  /** Per-category safety filters */
  safetySettings?: Array<SafetySettingInput> | null | undefined;
  serviceTier?: ServiceTier | null | undefined;
  /** Keep upstream server-side state (default true) */
  store?: boolean | null | undefined;
  systemInstruction?: string | null | undefined;
  /** The user turn: text, or parts, or both (text first) */
  text?: string | null | undefined;
  tools?: Array<ToolInput> | null | undefined;
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

export type CreateUpstreamWebhookInput = {
  events: Array<UpstreamWebhookEvent>;
  name?: string | null | undefined;
  /** http(s); for this server: PUBLIC_URL + /webhooks/gemini */
  uri: string;
};

export type CreateUserInput = {
  /** 1 to 100 characters */
  name: string;
  /** Default USER */
  role?: Role | null | undefined;
};

export type CreateWebhookInput = {
  description?: string | null | undefined;
  events: Array<WebhookEvent>;
  /** http(s), public addresses only; redirects are not followed */
  url: string;
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

/** How likely upstream judged content to be harmful in one category */
export type HarmProbability =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NEGLIGIBLE';

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

/** What an interaction is in its conversation */
export type InteractionKind =
  /** The client's answers to function calls (a turn of its own) */
  | 'FUNCTION_RESULTS'
  /** A user's message (new, regenerated or edited) */
  | 'MESSAGE'
  /** A round of server-side tool calls, part of the turn in `turn` */
  | 'TOOL_ROUND';

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

export type JobStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A label upstream keeps with the request (billing breakdowns): key and value at most 63 lowercase letters, digits, _ or -; the key starts with a letter */
export type LabelInput = {
  key: string;
  value: string;
};

export type MessageInput = {
  parts?: Array<ContentInput> | null | undefined;
  text?: string | null | undefined;
};

/** A modality in a usage breakdown; UNKNOWN for one upstream added later */
export type Modality =
  | 'AUDIO'
  | 'DOCUMENT'
  | 'IMAGE'
  | 'TEXT'
  | 'UNKNOWN'
  | 'VIDEO';

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

export type UpdateAgentInput = {
  /** Upstream agent_config; a run's own keys win */
  agentConfig?: unknown;
  /** A built-in agent's id (see Query.agents) */
  baseAgent?: string | null | undefined;
  /** The environment a run gets when it names none (null: none) */
  baseEnvironment?: EnvironmentInput | null | undefined;
  /**
   * upstream's value of baseEnvironment: "remote", an environment id, or a config
   * @deprecated Use baseEnvironment (typed); this JSON stays for one release
   */
  baseEnvironmentJson?: unknown;
  description?: string | null | undefined;
  /** 1 to 100 characters */
  name?: string | null | undefined;
  /** Offer it to every user (admins only: FORBIDDEN otherwise) */
  shared?: boolean | null | undefined;
  /** Used when a run gives none */
  systemInstruction?: string | null | undefined;
  /** Added before a run's own tools */
  tools?: Array<ToolInput> | null | undefined;
};

export type UpdateScheduleInput = {
  /** A new rule takes effect from now */
  cron?: string | null | undefined;
  maxConsecutiveFailures?: number | null | undefined;
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateUpstreamWebhookInput = {
  /** true also re-enables one upstream disabled after failed deliveries */
  enabled?: boolean | null | undefined;
  events?: Array<UpstreamWebhookEvent> | null | undefined;
  name?: string | null | undefined;
  uri?: string | null | undefined;
};

export type UpdateWebhookInput = {
  description?: string | null | undefined;
  /** true also re-enables one disabled after failures */
  enabled?: boolean | null | undefined;
  events?: Array<WebhookEvent> | null | undefined;
  url?: string | null | undefined;
};

/** What upstream pushes; on the wire dotted lowercase (INTERACTION_COMPLETED: interaction.completed) */
export type UpstreamWebhookEvent =
  | 'BATCH_EXPIRED'
  | 'BATCH_FAILED'
  | 'BATCH_SUCCEEDED'
  | 'INTERACTION_COMPLETED'
  | 'INTERACTION_FAILED'
  | 'INTERACTION_REQUIRES_ACTION'
  | 'VIDEO_GENERATED';

/** DISABLED_DUE_TO_FAILED_DELIVERIES: upstream stopped after its deliveries kept failing */
export type UpstreamWebhookState =
  | 'DISABLED'
  | 'DISABLED_DUE_TO_FAILED_DELIVERIES'
  | 'ENABLED';

export type UriContentInput = {
  mimeType: string;
  uri: string;
};

export type UrlFetchStatus =
  | 'ERROR'
  | 'PAYWALL'
  | 'SUCCESS'
  | 'UNKNOWN'
  | 'UNSAFE';

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

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, name: string } | null };

export type UserFieldsFragment = { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, usage: { requests: number, inputTokens: number, outputTokens: number, totalTokens: number } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, usage: { requests: number, inputTokens: number, outputTokens: number, totalTokens: number } | null } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  disabled?: boolean | null | undefined;
}>;


export type UsersQuery = { users: { edges: Array<{ cursor: string, node: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, usage: { requests: number, inputTokens: number, outputTokens: number, totalTokens: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, name: string } | null } }> }, usage: { requests: number, inputTokens: number, outputTokens: number, totalTokens: number } | null } | null };

export type SetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type SetUserRoleMutation = { setUserRole: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, usage: { requests: number, inputTokens: number, outputTokens: number, totalTokens: number } | null } };

export type DisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, usage: { requests: number, inputTokens: number, outputTokens: number, totalTokens: number } | null } };

export type EnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, name: string, role: Role, disabled: boolean, builtIn: boolean, usage: { requests: number, inputTokens: number, outputTokens: number, totalTokens: number } | null } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, name: string } | null } } };

export type ApiKeysQueryVariables = Exact<{
  userId?: string | number | null | undefined;
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, name: string } | null } }> } };

export type ViewerApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerApiKeysQuery = { viewer: { id: string, apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, name: string } | null } }> } } | null };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { id: string, name: string } | null } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  targetId?: string | number | null | undefined;
  actorId?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, action: string, targetType: string, targetId: string, details: unknown, createdAt: string, actor: { id: string } | null } }> } };

export type SetUserQuotaMutationVariables = Exact<{
  userId: string | number;
  input: SetUserQuotaInput;
}>;


export type SetUserQuotaMutation = { setUserQuota: { id: string, quota: { requestsPerMinute: number, tokensPerDay: number, tokensPerMonth: number, concurrentRuns: number, overridden: Array<string> } } };

export type AdminUsageQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: Array<UsageGroupBy> | UsageGroupBy | null | undefined;
  userId?: string | number | null | undefined;
}>;


export type AdminUsageQuery = { usage: Array<{ key: string, day: string | null, model: string | null, userId: string | null, interactions: number, errors: number, inputTokens: number, outputTokens: number, thoughtTokens: number, cachedTokens: number, totalTokens: number, ttftP50Ms: number | null, ttftP95Ms: number | null, latencyP50Ms: number | null, latencyP95Ms: number | null, costUsd: number, user: { id: string, name: string } | null }> };

export type AdminJobsQueryVariables = Exact<{
  status?: Array<JobStatus> | JobStatus | null | undefined;
  userId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type AdminJobsQuery = { jobs: { edges: Array<{ node: { id: string, status: JobStatus, owner: { id: string } | null } }> } };

export type ActiveRunsQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type ActiveRunsQuery = { activeRuns: { edges: Array<{ node: { id: string, status: InteractionStatus, owner: { id: string } | null } }> } };

export type InteractionOwnerQueryVariables = Exact<{
  id: string | number;
}>;


export type InteractionOwnerQuery = { interaction: { id: string, owner: { id: string } | null } | null };

export type AgentFieldsFragment = { id: string, name: string, baseAgent: string, description: string | null, builtIn: boolean, backgroundOnly: boolean, shared: boolean, systemInstruction: string | null, agentConfig: unknown, owner: { id: string } | null };

export type AgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsQuery = { agents: Array<{ id: string, name: string, baseAgent: string, description: string | null, builtIn: boolean, backgroundOnly: boolean, shared: boolean, systemInstruction: string | null, agentConfig: unknown, owner: { id: string } | null }> };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { createAgent: { id: string, name: string, baseAgent: string, description: string | null, builtIn: boolean, backgroundOnly: boolean, shared: boolean, systemInstruction: string | null, agentConfig: unknown, owner: { id: string } | null } };

export type UpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { id: string, name: string, baseAgent: string, description: string | null, builtIn: boolean, backgroundOnly: boolean, shared: boolean, systemInstruction: string | null, agentConfig: unknown, owner: { id: string } | null } };

export type DeleteAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAgentMutation = { deleteAgent: { id: string } };

export type AgentRunQueryVariables = Exact<{
  id: string | number;
}>;


export type AgentRunQuery = { interaction: { id: string, agent: string | null, environmentId: string | null, status: InteractionStatus, outputText: string | null, customAgent: { id: string, name: string } | null } | null };

export type ConformanceRunMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type ConformanceRunMutation = { createInteraction: { id: string, status: InteractionStatus, serviceTier: ServiceTier | null, environmentId: string | null, labels: Array<{ key: string, value: string }>, error: { code: string } | null, steps: Array<
      | { __typename: 'CodeExecutionCallStep' }
      | { __typename: 'CodeExecutionResultStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent' }
          | { __typename: 'TextContent' }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep' }
      | { __typename: 'FunctionCallStep' }
      | { __typename: 'FunctionResultStep' }
      | { __typename: 'GoogleMapsCallStep' }
      | { __typename: 'GoogleMapsResultStep' }
      | { __typename: 'GoogleSearchCallStep' }
      | { __typename: 'GoogleSearchResultStep' }
      | { __typename: 'McpServerToolCallStep' }
      | { __typename: 'McpServerToolResultStep' }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent' }
          | { __typename: 'TextContent' }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep' }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep' }
      | { __typename: 'UrlContextCallStep' }
      | { __typename: 'UrlContextResultStep' }
      | { __typename: 'UserInputStep' }
    >, usage: { toolUseTokens: number, groundingToolCount: number, inputTokensByModality: Array<{ modality: Modality, tokens: number }>, outputTokensByModality: Array<{ modality: Modality }>, toolUseTokensByModality: Array<{ modality: Modality, tokens: number }> } | null } };

export type InteractionControlsQueryVariables = Exact<{
  id: string | number;
}>;


export type InteractionControlsQuery = { interaction: { id: string, serviceTier: ServiceTier | null, outputText: string | null } | null };

export type CreateWithControlsMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateWithControlsMutation = { createInteraction: { id: string, status: InteractionStatus, outputText: string | null, serviceTier: ServiceTier | null, environmentId: string | null, labels: Array<{ key: string, value: string }>, usage: { inputTokens: number, outputTokens: number, toolUseTokens: number, groundingToolCount: number, inputTokensByModality: Array<{ modality: Modality, tokens: number }>, outputTokensByModality: Array<{ modality: Modality, tokens: number }>, cachedTokensByModality: Array<{ modality: Modality, tokens: number }>, toolUseTokensByModality: Array<{ modality: Modality, tokens: number }> } | null } };

export type SendWithControlsMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendWithControlsMutation = { sendMessage: { id: string, status: InteractionStatus, serviceTier: ServiceTier | null, labels: Array<{ key: string, value: string }>, conversation: { id: string } | null } };

export type CreateSafetyMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateSafetyMutation = { createInteraction: { id: string, status: InteractionStatus, outputText: string | null, blockReason: BlockReason | null, error: { code: string, message: string } | null, safetyRatings: Array<{ category: HarmCategory, probability: HarmProbability, blocked: boolean }> } };

export type ComputerChatSubscriptionVariables = Exact<{
  input?: SendMessageInput | null | undefined;
  functionResults?: SubmitFunctionResultsInput | null | undefined;
}>;


export type ComputerChatSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent' }
    | { __typename: 'InteractionCreatedEvent' }
    | { __typename: 'InteractionErrorEvent' }
    | { __typename: 'InteractionStatusEvent' }
    | { __typename: 'StepDeltaEvent' }
    | { __typename: 'StepStartEvent' }
    | { __typename: 'StepStopEvent' }
    | { __typename: 'TurnEndEvent', reason: TurnEndReason, interaction: { id: string, status: InteractionStatus, outputText: string | null, steps: Array<
          | { __typename: 'CodeExecutionCallStep' }
          | { __typename: 'CodeExecutionResultStep' }
          | { __typename: 'FileSearchCallStep' }
          | { __typename: 'FileSearchResultStep' }
          | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown, requiresConfirmation: boolean, safetyDecision: { decision: string, explanation: string | null } | null }
          | { __typename: 'FunctionResultStep' }
          | { __typename: 'GoogleMapsCallStep' }
          | { __typename: 'GoogleMapsResultStep' }
          | { __typename: 'GoogleSearchCallStep' }
          | { __typename: 'GoogleSearchResultStep' }
          | { __typename: 'McpServerToolCallStep' }
          | { __typename: 'McpServerToolResultStep' }
          | { __typename: 'ModelOutputStep' }
          | { __typename: 'OtherStep' }
          | { __typename: 'ProcessingCallStep' }
          | { __typename: 'ProcessingResultStep' }
          | { __typename: 'RetrievalCallStep' }
          | { __typename: 'RetrievalResultStep' }
          | { __typename: 'ThoughtStep' }
          | { __typename: 'UrlContextCallStep' }
          | { __typename: 'UrlContextResultStep' }
          | { __typename: 'UserInputStep' }
        > } }
   };

export type CreateGeneratedMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateGeneratedMutation = { createInteraction: { id: string, status: InteractionStatus, outputText: string | null } };

export type CreateFormatsMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateFormatsMutation = { createInteraction: { id: string, status: InteractionStatus, json: unknown, steps: Array<
      | { __typename: 'CodeExecutionCallStep' }
      | { __typename: 'CodeExecutionResultStep' }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep' }
      | { __typename: 'FunctionCallStep' }
      | { __typename: 'FunctionResultStep' }
      | { __typename: 'GoogleMapsCallStep' }
      | { __typename: 'GoogleMapsResultStep' }
      | { __typename: 'GoogleSearchCallStep' }
      | { __typename: 'GoogleSearchResultStep' }
      | { __typename: 'McpServerToolCallStep' }
      | { __typename: 'McpServerToolResultStep' }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent' }
          | { __typename: 'TextContent' }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep' }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep' }
      | { __typename: 'UrlContextCallStep' }
      | { __typename: 'UrlContextResultStep' }
      | { __typename: 'UserInputStep' }
    > } };

export type CreateCodePlotMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateCodePlotMutation = { createInteraction: { id: string, steps: Array<
      | { __typename: 'CodeExecutionCallStep' }
      | { __typename: 'CodeExecutionResultStep', output: string | null, content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent' }
          | { __typename: 'TextContent' }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep' }
      | { __typename: 'FunctionCallStep' }
      | { __typename: 'FunctionResultStep' }
      | { __typename: 'GoogleMapsCallStep' }
      | { __typename: 'GoogleMapsResultStep' }
      | { __typename: 'GoogleSearchCallStep' }
      | { __typename: 'GoogleSearchResultStep' }
      | { __typename: 'McpServerToolCallStep' }
      | { __typename: 'McpServerToolResultStep' }
      | { __typename: 'ModelOutputStep' }
      | { __typename: 'OtherStep' }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep' }
      | { __typename: 'UrlContextCallStep' }
      | { __typename: 'UrlContextResultStep' }
      | { __typename: 'UserInputStep' }
    > } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { id: string, remoteId: string | null, status: InteractionStatus, outputText: string | null, inputText: Array<
      | { text: string }
      | Record<PropertyKey, never>
    >, parent: { id: string } | null, conversation: { id: string, title: string | null, head: { id: string } | null } | null } };

export type RegenerateMutationVariables = Exact<{
  id: string | number;
}>;


export type RegenerateMutation = { regenerate: { id: string, outputText: string | null, parent: { id: string } | null, conversation: { head: { id: string } | null } | null } };

export type EditMessageMutationVariables = Exact<{
  id: string | number;
  input: MessageInput;
}>;


export type EditMessageMutation = { editMessage: { id: string, outputText: string | null, parent: { id: string } | null, input: Array<
      | { text: string }
      | Record<PropertyKey, never>
    > } };

export type SetActiveHeadMutationVariables = Exact<{
  conversationId: string | number;
  interactionId: string | number;
}>;


export type SetActiveHeadMutation = { setActiveHead: { id: string, head: { id: string } | null } };

export type RenameConversationMutationVariables = Exact<{
  id: string | number;
  title: string;
}>;


export type RenameConversationMutation = { renameConversation: { id: string, title: string | null } };

export type DeleteConversationMutationVariables = Exact<{
  id: string | number;
  deleteUpstream?: boolean | null | undefined;
}>;


export type DeleteConversationMutation = { deleteConversation: boolean };

export type GetConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type GetConversationQuery = { conversation: { id: string, title: string | null, createdAt: string, updatedAt: string, settings: { model: string | null, agent: string | null }, head: { id: string } | null, messages: Array<{ id: string, outputText: string | null, status: InteractionStatus, parent: { id: string } | null, children: Array<{ id: string }>, input: Array<
        | { text: string }
        | Record<PropertyKey, never>
      > }> } | null };

export type ConversationInteractionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConversationInteractionsQuery = { conversation: { interactions: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } } | null };

export type ListConversationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ListConversationsQuery = { conversations: { edges: Array<{ cursor: string, node: { id: string, title: string | null, updatedAt: string, head: { id: string, outputText: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RunSandboxMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type RunSandboxMutation = { createInteraction: { id: string, status: InteractionStatus, environmentId: string | null, outputText: string | null, steps: Array<
      | { __typename: 'CodeExecutionCallStep' }
      | { __typename: 'CodeExecutionResultStep', output: string | null }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep' }
      | { __typename: 'FunctionCallStep' }
      | { __typename: 'FunctionResultStep' }
      | { __typename: 'GoogleMapsCallStep' }
      | { __typename: 'GoogleMapsResultStep' }
      | { __typename: 'GoogleSearchCallStep' }
      | { __typename: 'GoogleSearchResultStep' }
      | { __typename: 'McpServerToolCallStep' }
      | { __typename: 'McpServerToolResultStep' }
      | { __typename: 'ModelOutputStep' }
      | { __typename: 'OtherStep' }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep' }
      | { __typename: 'UrlContextCallStep' }
      | { __typename: 'UrlContextResultStep' }
      | { __typename: 'UserInputStep' }
    > } };

export type EnvironmentFilesQueryVariables = Exact<{
  id: string | number;
  path?: string | null | undefined;
}>;


export type EnvironmentFilesQuery = { environment: { id: string, status: string, fileCount: number, files: { edges: Array<{ node: { path: string, sizeBytes: number, url: string } }> } } | null };

export type EnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnvironmentsQuery = { environments: Array<{ id: string }> };

export type DeleteEnvironmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteEnvironmentMutation = { deleteEnvironment: { id: string, status: string } };

type EventFields_InteractionCompletedEvent_Fragment = { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, outputText: string | null } };

type EventFields_InteractionCreatedEvent_Fragment = { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus } };

type EventFields_InteractionErrorEvent_Fragment = { __typename: 'InteractionErrorEvent', code: string, message: string, cursor: string, interactionId: string };

type EventFields_InteractionStatusEvent_Fragment = { __typename: 'InteractionStatusEvent', status: InteractionStatus, cursor: string, interactionId: string };

type EventFields_StepDeltaEvent_Fragment = { __typename: 'StepDeltaEvent', index: number, cursor: string, interactionId: string, delta:
    | { __typename: 'ArgumentsDelta', arguments: string, type: string }
    | { __typename: 'ImageDelta', mimeType: string | null, url: string | null, type: string }
    | { __typename: 'OtherDelta', data: unknown, type: string }
    | { __typename: 'TextDelta', text: string, type: string }
    | { __typename: 'ThoughtSummaryDelta', type: string, summary: string }
    | { __typename: 'ToolCallDelta', type: string }
    | { __typename: 'ToolResultDelta', type: string }
   };

type EventFields_StepStartEvent_Fragment = { __typename: 'StepStartEvent', index: number, cursor: string, interactionId: string, step:
    | { __typename: 'CodeExecutionCallStep' }
    | { __typename: 'CodeExecutionResultStep' }
    | { __typename: 'FileSearchCallStep' }
    | { __typename: 'FileSearchResultStep' }
    | { __typename: 'FunctionCallStep' }
    | { __typename: 'FunctionResultStep' }
    | { __typename: 'GoogleMapsCallStep' }
    | { __typename: 'GoogleMapsResultStep' }
    | { __typename: 'GoogleSearchCallStep' }
    | { __typename: 'GoogleSearchResultStep' }
    | { __typename: 'McpServerToolCallStep' }
    | { __typename: 'McpServerToolResultStep' }
    | { __typename: 'ModelOutputStep' }
    | { __typename: 'OtherStep' }
    | { __typename: 'ProcessingCallStep' }
    | { __typename: 'ProcessingResultStep' }
    | { __typename: 'RetrievalCallStep' }
    | { __typename: 'RetrievalResultStep' }
    | { __typename: 'ThoughtStep' }
    | { __typename: 'UrlContextCallStep' }
    | { __typename: 'UrlContextResultStep' }
    | { __typename: 'UserInputStep' }
   };

type EventFields_StepStopEvent_Fragment = { __typename: 'StepStopEvent', index: number, cursor: string, interactionId: string };

type EventFields_TurnEndEvent_Fragment = { __typename: 'TurnEndEvent', status: InteractionStatus, reason: TurnEndReason, cursor: string, interactionId: string, error: { code: string, message: string } | null, interaction: { id: string, status: InteractionStatus, outputText: string | null } };

export type EventFieldsFragment =
  | EventFields_InteractionCompletedEvent_Fragment
  | EventFields_InteractionCreatedEvent_Fragment
  | EventFields_InteractionErrorEvent_Fragment
  | EventFields_InteractionStatusEvent_Fragment
  | EventFields_StepDeltaEvent_Fragment
  | EventFields_StepStartEvent_Fragment
  | EventFields_StepStopEvent_Fragment
  | EventFields_TurnEndEvent_Fragment
;

export type InteractionEventsSubscriptionVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type InteractionEventsSubscription = { interactionEvents:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
    | { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus } }
    | { __typename: 'InteractionErrorEvent', code: string, message: string, cursor: string, interactionId: string }
    | { __typename: 'InteractionStatusEvent', status: InteractionStatus, cursor: string, interactionId: string }
    | { __typename: 'StepDeltaEvent', index: number, cursor: string, interactionId: string, delta:
        | { __typename: 'ArgumentsDelta', arguments: string, type: string }
        | { __typename: 'ImageDelta', mimeType: string | null, url: string | null, type: string }
        | { __typename: 'OtherDelta', data: unknown, type: string }
        | { __typename: 'TextDelta', text: string, type: string }
        | { __typename: 'ThoughtSummaryDelta', type: string, summary: string }
        | { __typename: 'ToolCallDelta', type: string }
        | { __typename: 'ToolResultDelta', type: string }
       }
    | { __typename: 'StepStartEvent', index: number, cursor: string, interactionId: string, step:
        | { __typename: 'CodeExecutionCallStep' }
        | { __typename: 'CodeExecutionResultStep' }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep' }
        | { __typename: 'FunctionCallStep' }
        | { __typename: 'FunctionResultStep' }
        | { __typename: 'GoogleMapsCallStep' }
        | { __typename: 'GoogleMapsResultStep' }
        | { __typename: 'GoogleSearchCallStep' }
        | { __typename: 'GoogleSearchResultStep' }
        | { __typename: 'McpServerToolCallStep' }
        | { __typename: 'McpServerToolResultStep' }
        | { __typename: 'ModelOutputStep' }
        | { __typename: 'OtherStep' }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep' }
        | { __typename: 'UrlContextCallStep' }
        | { __typename: 'UrlContextResultStep' }
        | { __typename: 'UserInputStep' }
       }
    | { __typename: 'StepStopEvent', index: number, cursor: string, interactionId: string }
    | { __typename: 'TurnEndEvent', status: InteractionStatus, reason: TurnEndReason, cursor: string, interactionId: string, error: { code: string, message: string } | null, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
   };

export type ChatSubscriptionVariables = Exact<{
  input: SendMessageInput;
}>;


export type ChatSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
    | { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus } }
    | { __typename: 'InteractionErrorEvent', code: string, message: string, cursor: string, interactionId: string }
    | { __typename: 'InteractionStatusEvent', status: InteractionStatus, cursor: string, interactionId: string }
    | { __typename: 'StepDeltaEvent', index: number, cursor: string, interactionId: string, delta:
        | { __typename: 'ArgumentsDelta', arguments: string, type: string }
        | { __typename: 'ImageDelta', mimeType: string | null, url: string | null, type: string }
        | { __typename: 'OtherDelta', data: unknown, type: string }
        | { __typename: 'TextDelta', text: string, type: string }
        | { __typename: 'ThoughtSummaryDelta', type: string, summary: string }
        | { __typename: 'ToolCallDelta', type: string }
        | { __typename: 'ToolResultDelta', type: string }
       }
    | { __typename: 'StepStartEvent', index: number, cursor: string, interactionId: string, step:
        | { __typename: 'CodeExecutionCallStep' }
        | { __typename: 'CodeExecutionResultStep' }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep' }
        | { __typename: 'FunctionCallStep' }
        | { __typename: 'FunctionResultStep' }
        | { __typename: 'GoogleMapsCallStep' }
        | { __typename: 'GoogleMapsResultStep' }
        | { __typename: 'GoogleSearchCallStep' }
        | { __typename: 'GoogleSearchResultStep' }
        | { __typename: 'McpServerToolCallStep' }
        | { __typename: 'McpServerToolResultStep' }
        | { __typename: 'ModelOutputStep' }
        | { __typename: 'OtherStep' }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep' }
        | { __typename: 'UrlContextCallStep' }
        | { __typename: 'UrlContextResultStep' }
        | { __typename: 'UserInputStep' }
       }
    | { __typename: 'StepStopEvent', index: number, cursor: string, interactionId: string }
    | { __typename: 'TurnEndEvent', status: InteractionStatus, reason: TurnEndReason, cursor: string, interactionId: string, error: { code: string, message: string } | null, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
   };

export type ChatTurnSubscriptionVariables = Exact<{
  input?: SendMessageInput | null | undefined;
  regenerate?: RegenerateInput | null | undefined;
  edit?: EditMessageInput | null | undefined;
  functionResults?: SubmitFunctionResultsInput | null | undefined;
  after?: string | null | undefined;
}>;


export type ChatTurnSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
    | { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus } }
    | { __typename: 'InteractionErrorEvent', code: string, message: string, cursor: string, interactionId: string }
    | { __typename: 'InteractionStatusEvent', status: InteractionStatus, cursor: string, interactionId: string }
    | { __typename: 'StepDeltaEvent', index: number, cursor: string, interactionId: string, delta:
        | { __typename: 'ArgumentsDelta', arguments: string, type: string }
        | { __typename: 'ImageDelta', mimeType: string | null, url: string | null, type: string }
        | { __typename: 'OtherDelta', data: unknown, type: string }
        | { __typename: 'TextDelta', text: string, type: string }
        | { __typename: 'ThoughtSummaryDelta', type: string, summary: string }
        | { __typename: 'ToolCallDelta', type: string }
        | { __typename: 'ToolResultDelta', type: string }
       }
    | { __typename: 'StepStartEvent', index: number, cursor: string, interactionId: string, step:
        | { __typename: 'CodeExecutionCallStep' }
        | { __typename: 'CodeExecutionResultStep' }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep' }
        | { __typename: 'FunctionCallStep' }
        | { __typename: 'FunctionResultStep' }
        | { __typename: 'GoogleMapsCallStep' }
        | { __typename: 'GoogleMapsResultStep' }
        | { __typename: 'GoogleSearchCallStep' }
        | { __typename: 'GoogleSearchResultStep' }
        | { __typename: 'McpServerToolCallStep' }
        | { __typename: 'McpServerToolResultStep' }
        | { __typename: 'ModelOutputStep' }
        | { __typename: 'OtherStep' }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep' }
        | { __typename: 'UrlContextCallStep' }
        | { __typename: 'UrlContextResultStep' }
        | { __typename: 'UserInputStep' }
       }
    | { __typename: 'StepStopEvent', index: number, cursor: string, interactionId: string }
    | { __typename: 'TurnEndEvent', status: InteractionStatus, reason: TurnEndReason, cursor: string, interactionId: string, error: { code: string, message: string } | null, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
   };

export type TurnEventsSubscriptionVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type TurnEventsSubscription = { turnEvents:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
    | { __typename: 'InteractionCreatedEvent', cursor: string, interactionId: string, interaction: { id: string, status: InteractionStatus } }
    | { __typename: 'InteractionErrorEvent', code: string, message: string, cursor: string, interactionId: string }
    | { __typename: 'InteractionStatusEvent', status: InteractionStatus, cursor: string, interactionId: string }
    | { __typename: 'StepDeltaEvent', index: number, cursor: string, interactionId: string, delta:
        | { __typename: 'ArgumentsDelta', arguments: string, type: string }
        | { __typename: 'ImageDelta', mimeType: string | null, url: string | null, type: string }
        | { __typename: 'OtherDelta', data: unknown, type: string }
        | { __typename: 'TextDelta', text: string, type: string }
        | { __typename: 'ThoughtSummaryDelta', type: string, summary: string }
        | { __typename: 'ToolCallDelta', type: string }
        | { __typename: 'ToolResultDelta', type: string }
       }
    | { __typename: 'StepStartEvent', index: number, cursor: string, interactionId: string, step:
        | { __typename: 'CodeExecutionCallStep' }
        | { __typename: 'CodeExecutionResultStep' }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep' }
        | { __typename: 'FunctionCallStep' }
        | { __typename: 'FunctionResultStep' }
        | { __typename: 'GoogleMapsCallStep' }
        | { __typename: 'GoogleMapsResultStep' }
        | { __typename: 'GoogleSearchCallStep' }
        | { __typename: 'GoogleSearchResultStep' }
        | { __typename: 'McpServerToolCallStep' }
        | { __typename: 'McpServerToolResultStep' }
        | { __typename: 'ModelOutputStep' }
        | { __typename: 'OtherStep' }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep' }
        | { __typename: 'UrlContextCallStep' }
        | { __typename: 'UrlContextResultStep' }
        | { __typename: 'UserInputStep' }
       }
    | { __typename: 'StepStopEvent', index: number, cursor: string, interactionId: string }
    | { __typename: 'TurnEndEvent', status: InteractionStatus, reason: TurnEndReason, cursor: string, interactionId: string, error: { code: string, message: string } | null, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
   };

export type SharedFieldsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SharedFieldsSubscription = { interactionEvents:
    | { cursor: string, interactionId: string }
    | { cursor: string, interactionId: string }
    | { cursor: string, interactionId: string }
    | { cursor: string, interactionId: string }
    | { cursor: string, interactionId: string, delta:
        | { type: string }
        | { type: string }
        | { type: string }
        | { text: string, type: string }
        | { text: string, type: string }
        | { type: string }
        | { type: string }
       }
    | { cursor: string, interactionId: string }
    | { cursor: string, interactionId: string }
    | { cursor: string, interactionId: string }
   };

export type CancelInteractionMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelInteractionMutation = { cancelInteraction: { id: string, status: InteractionStatus, completedAt: string | null } };

export type ChatTextSubscriptionVariables = Exact<{
  input: SendMessageInput;
}>;


export type ChatTextSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent', cursor: string, interactionId: string }
    | { __typename: 'InteractionCreatedEvent', conversationId: string | null, cursor: string, interactionId: string }
    | { __typename: 'InteractionErrorEvent', cursor: string, interactionId: string }
    | { __typename: 'InteractionStatusEvent', cursor: string, interactionId: string }
    | { __typename: 'StepDeltaEvent', cursor: string, interactionId: string, delta:
        | { text: string }
        | Record<PropertyKey, never>
       }
    | { __typename: 'StepStartEvent', cursor: string, interactionId: string }
    | { __typename: 'StepStopEvent', cursor: string, interactionId: string }
    | { __typename: 'TurnEndEvent', reason: TurnEndReason, cursor: string, interactionId: string }
   };

type MediaFields_AudioContent_Fragment = { __typename: 'AudioContent', mimeType: string | null, url: string | null };

type MediaFields_DocumentContent_Fragment = { __typename: 'DocumentContent', mimeType: string | null, url: string | null };

type MediaFields_ImageContent_Fragment = { __typename: 'ImageContent', mimeType: string | null, url: string | null };

type MediaFields_TextContent_Fragment = { __typename: 'TextContent' };

type MediaFields_VideoContent_Fragment = { __typename: 'VideoContent', mimeType: string | null, url: string | null };

export type MediaFieldsFragment =
  | MediaFields_AudioContent_Fragment
  | MediaFields_DocumentContent_Fragment
  | MediaFields_ImageContent_Fragment
  | MediaFields_TextContent_Fragment
  | MediaFields_VideoContent_Fragment
;

export type InteractionMediaQueryVariables = Exact<{
  id: string | number;
}>;


export type InteractionMediaQuery = { interaction: { id: string, status: InteractionStatus, input: Array<
      | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
      | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
      | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
      | { __typename: 'TextContent' }
      | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep' }
      | { __typename: 'CodeExecutionResultStep' }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep' }
      | { __typename: 'FunctionCallStep' }
      | { __typename: 'FunctionResultStep' }
      | { __typename: 'GoogleMapsCallStep' }
      | { __typename: 'GoogleMapsResultStep' }
      | { __typename: 'GoogleSearchCallStep' }
      | { __typename: 'GoogleSearchResultStep' }
      | { __typename: 'McpServerToolCallStep' }
      | { __typename: 'McpServerToolResultStep' }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent', mimeType: string | null, url: string | null }
          | { __typename: 'DocumentContent', mimeType: string | null, url: string | null }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent' }
          | { __typename: 'VideoContent', mimeType: string | null, url: string | null }
        > }
      | { __typename: 'OtherStep' }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep' }
      | { __typename: 'UrlContextCallStep' }
      | { __typename: 'UrlContextResultStep' }
      | { __typename: 'UserInputStep' }
    > } | null };

export type CreateWithMediaMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateWithMediaMutation = { createInteraction: { id: string, status: InteractionStatus, error: { code: string } | null } };

export type DeleteFileMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteFileMutation = { deleteFile: boolean };

export type InteractionFieldsFragment = { id: string, remoteId: string | null, status: InteractionStatus, model: string | null, agent: string | null, outputText: string | null, json: unknown, createdAt: string, completedAt: string | null, usage: { inputTokens: number, outputTokens: number, thoughtTokens: number, cachedTokens: number, totalTokens: number } | null, error: { code: string, message: string } | null, input: Array<
    | { __typename: 'AudioContent' }
    | { __typename: 'DocumentContent' }
    | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
    | { __typename: 'TextContent', text: string }
    | { __typename: 'VideoContent' }
  >, steps: Array<
    | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
    | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
    | { __typename: 'FileSearchCallStep', callId: string | null }
    | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
    | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
    | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
    | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
    | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
    | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
    | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
    | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
    | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
    | { __typename: 'ModelOutputStep', content: Array<
        | { __typename: 'AudioContent' }
        | { __typename: 'DocumentContent' }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent' }
      > }
    | { __typename: 'OtherStep', type: string, data: unknown }
    | { __typename: 'ProcessingCallStep' }
    | { __typename: 'ProcessingResultStep' }
    | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
    | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
    | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
        | { text: string }
        | Record<PropertyKey, never>
      > }
    | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
    | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
    | { __typename: 'UserInputStep', content: Array<
        | { text: string }
        | Record<PropertyKey, never>
      > }
  > };

export type CreateInteractionMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateInteractionMutation = { createInteraction: { id: string, remoteId: string | null, status: InteractionStatus, model: string | null, agent: string | null, outputText: string | null, json: unknown, createdAt: string, completedAt: string | null, parent: { id: string } | null, usage: { inputTokens: number, outputTokens: number, thoughtTokens: number, cachedTokens: number, totalTokens: number } | null, error: { code: string, message: string } | null, input: Array<
      | { __typename: 'AudioContent' }
      | { __typename: 'DocumentContent' }
      | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
      | { __typename: 'TextContent', text: string }
      | { __typename: 'VideoContent' }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    > } };

export type GetInteractionQueryVariables = Exact<{
  id: string | number;
}>;


export type GetInteractionQuery = { interaction: { id: string, remoteId: string | null, status: InteractionStatus, model: string | null, agent: string | null, outputText: string | null, json: unknown, createdAt: string, completedAt: string | null, parent: { id: string } | null, children: Array<{ id: string }>, usage: { inputTokens: number, outputTokens: number, thoughtTokens: number, cachedTokens: number, totalTokens: number } | null, error: { code: string, message: string } | null, input: Array<
      | { __typename: 'AudioContent' }
      | { __typename: 'DocumentContent' }
      | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
      | { __typename: 'TextContent', text: string }
      | { __typename: 'VideoContent' }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    > } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, role: Role } | null };

export type JobFieldsFragment = { id: string, state: InteractionStatus, attempts: number, lastError: string | null, createdAt: string, updatedAt: string, status: JobStatus, interaction: { id: string, remoteId: string | null, status: InteractionStatus, agent: string | null, outputText: string | null, completedAt: string | null, error: { code: string, message: string } | null, steps: Array<
      | { __typename: 'CodeExecutionCallStep' }
      | { __typename: 'CodeExecutionResultStep' }
      | { __typename: 'FileSearchCallStep' }
      | { __typename: 'FileSearchResultStep' }
      | { __typename: 'FunctionCallStep' }
      | { __typename: 'FunctionResultStep' }
      | { __typename: 'GoogleMapsCallStep' }
      | { __typename: 'GoogleMapsResultStep' }
      | { __typename: 'GoogleSearchCallStep' }
      | { __typename: 'GoogleSearchResultStep' }
      | { __typename: 'McpServerToolCallStep' }
      | { __typename: 'McpServerToolResultStep' }
      | { __typename: 'ModelOutputStep' }
      | { __typename: 'OtherStep' }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep' }
      | { __typename: 'RetrievalResultStep' }
      | { __typename: 'ThoughtStep' }
      | { __typename: 'UrlContextCallStep' }
      | { __typename: 'UrlContextResultStep' }
      | { __typename: 'UserInputStep' }
    > } };

export type CreateBackgroundMutationVariables = Exact<{
  input: CreateInteractionInput;
}>;


export type CreateBackgroundMutation = { createInteraction: { id: string, status: InteractionStatus, remoteId: string | null, agent: string | null, job: { id: string, state: InteractionStatus, attempts: number, lastError: string | null, createdAt: string, updatedAt: string, status: JobStatus, interaction: { id: string, remoteId: string | null, status: InteractionStatus, agent: string | null, outputText: string | null, completedAt: string | null, error: { code: string, message: string } | null, steps: Array<
          | { __typename: 'CodeExecutionCallStep' }
          | { __typename: 'CodeExecutionResultStep' }
          | { __typename: 'FileSearchCallStep' }
          | { __typename: 'FileSearchResultStep' }
          | { __typename: 'FunctionCallStep' }
          | { __typename: 'FunctionResultStep' }
          | { __typename: 'GoogleMapsCallStep' }
          | { __typename: 'GoogleMapsResultStep' }
          | { __typename: 'GoogleSearchCallStep' }
          | { __typename: 'GoogleSearchResultStep' }
          | { __typename: 'McpServerToolCallStep' }
          | { __typename: 'McpServerToolResultStep' }
          | { __typename: 'ModelOutputStep' }
          | { __typename: 'OtherStep' }
          | { __typename: 'ProcessingCallStep' }
          | { __typename: 'ProcessingResultStep' }
          | { __typename: 'RetrievalCallStep' }
          | { __typename: 'RetrievalResultStep' }
          | { __typename: 'ThoughtStep' }
          | { __typename: 'UrlContextCallStep' }
          | { __typename: 'UrlContextResultStep' }
          | { __typename: 'UserInputStep' }
        > } } | null } };

export type SendBackgroundMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendBackgroundMutation = { sendMessage: { id: string, status: InteractionStatus, conversation: { id: string } | null, job: { id: string, state: InteractionStatus, attempts: number, lastError: string | null, createdAt: string, updatedAt: string, status: JobStatus, interaction: { id: string, remoteId: string | null, status: InteractionStatus, agent: string | null, outputText: string | null, completedAt: string | null, error: { code: string, message: string } | null, steps: Array<
          | { __typename: 'CodeExecutionCallStep' }
          | { __typename: 'CodeExecutionResultStep' }
          | { __typename: 'FileSearchCallStep' }
          | { __typename: 'FileSearchResultStep' }
          | { __typename: 'FunctionCallStep' }
          | { __typename: 'FunctionResultStep' }
          | { __typename: 'GoogleMapsCallStep' }
          | { __typename: 'GoogleMapsResultStep' }
          | { __typename: 'GoogleSearchCallStep' }
          | { __typename: 'GoogleSearchResultStep' }
          | { __typename: 'McpServerToolCallStep' }
          | { __typename: 'McpServerToolResultStep' }
          | { __typename: 'ModelOutputStep' }
          | { __typename: 'OtherStep' }
          | { __typename: 'ProcessingCallStep' }
          | { __typename: 'ProcessingResultStep' }
          | { __typename: 'RetrievalCallStep' }
          | { __typename: 'RetrievalResultStep' }
          | { __typename: 'ThoughtStep' }
          | { __typename: 'UrlContextCallStep' }
          | { __typename: 'UrlContextResultStep' }
          | { __typename: 'UserInputStep' }
        > } } | null } };

export type GetJobQueryVariables = Exact<{
  id: string | number;
}>;


export type GetJobQuery = { job: { id: string, state: InteractionStatus, attempts: number, lastError: string | null, createdAt: string, updatedAt: string, status: JobStatus, interaction: { id: string, remoteId: string | null, status: InteractionStatus, agent: string | null, outputText: string | null, completedAt: string | null, error: { code: string, message: string } | null, steps: Array<
        | { __typename: 'CodeExecutionCallStep' }
        | { __typename: 'CodeExecutionResultStep' }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep' }
        | { __typename: 'FunctionCallStep' }
        | { __typename: 'FunctionResultStep' }
        | { __typename: 'GoogleMapsCallStep' }
        | { __typename: 'GoogleMapsResultStep' }
        | { __typename: 'GoogleSearchCallStep' }
        | { __typename: 'GoogleSearchResultStep' }
        | { __typename: 'McpServerToolCallStep' }
        | { __typename: 'McpServerToolResultStep' }
        | { __typename: 'ModelOutputStep' }
        | { __typename: 'OtherStep' }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep' }
        | { __typename: 'UrlContextCallStep' }
        | { __typename: 'UrlContextResultStep' }
        | { __typename: 'UserInputStep' }
      > } } | null };

export type ListJobsQueryVariables = Exact<{
  status?: Array<JobStatus> | JobStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListJobsQuery = { jobs: { edges: Array<{ cursor: string, node: { id: string, status: JobStatus, interaction: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelJobMutation = { cancelJob: { id: string, state: InteractionStatus, attempts: number, lastError: string | null, createdAt: string, updatedAt: string, status: JobStatus, interaction: { id: string, remoteId: string | null, status: InteractionStatus, agent: string | null, outputText: string | null, completedAt: string | null, error: { code: string, message: string } | null, steps: Array<
        | { __typename: 'CodeExecutionCallStep' }
        | { __typename: 'CodeExecutionResultStep' }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep' }
        | { __typename: 'FunctionCallStep' }
        | { __typename: 'FunctionResultStep' }
        | { __typename: 'GoogleMapsCallStep' }
        | { __typename: 'GoogleMapsResultStep' }
        | { __typename: 'GoogleSearchCallStep' }
        | { __typename: 'GoogleSearchResultStep' }
        | { __typename: 'McpServerToolCallStep' }
        | { __typename: 'McpServerToolResultStep' }
        | { __typename: 'ModelOutputStep' }
        | { __typename: 'OtherStep' }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep' }
        | { __typename: 'UrlContextCallStep' }
        | { __typename: 'UrlContextResultStep' }
        | { __typename: 'UserInputStep' }
      > } } };

export type RetryJobMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryJobMutation = { retryJob: { id: string, state: InteractionStatus, attempts: number, lastError: string | null, createdAt: string, updatedAt: string, status: JobStatus, interaction: { id: string, remoteId: string | null, status: InteractionStatus, agent: string | null, outputText: string | null, completedAt: string | null, error: { code: string, message: string } | null, steps: Array<
        | { __typename: 'CodeExecutionCallStep' }
        | { __typename: 'CodeExecutionResultStep' }
        | { __typename: 'FileSearchCallStep' }
        | { __typename: 'FileSearchResultStep' }
        | { __typename: 'FunctionCallStep' }
        | { __typename: 'FunctionResultStep' }
        | { __typename: 'GoogleMapsCallStep' }
        | { __typename: 'GoogleMapsResultStep' }
        | { __typename: 'GoogleSearchCallStep' }
        | { __typename: 'GoogleSearchResultStep' }
        | { __typename: 'McpServerToolCallStep' }
        | { __typename: 'McpServerToolResultStep' }
        | { __typename: 'ModelOutputStep' }
        | { __typename: 'OtherStep' }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep' }
        | { __typename: 'RetrievalResultStep' }
        | { __typename: 'ThoughtStep' }
        | { __typename: 'UrlContextCallStep' }
        | { __typename: 'UrlContextResultStep' }
        | { __typename: 'UserInputStep' }
      > } } };

export type JobUpdatesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type JobUpdatesSubscription = { jobUpdates: { id: string, attempts: number, lastError: string | null, status: JobStatus, interaction: { id: string, status: InteractionStatus } } };

export type InteractionJobQueryVariables = Exact<{
  id: string | number;
}>;


export type InteractionJobQuery = { interaction: { id: string, status: InteractionStatus, job: { id: string, status: JobStatus } | null } | null };

export type SiblingsQueryVariables = Exact<{
  id: string | number;
}>;


export type SiblingsQuery = { interaction: { id: string, kind: InteractionKind, siblingIndex: number, siblingCount: number, siblings: Array<{ id: string, outputText: string | null }> } | null };

export type BranchQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
  before?: string | null | undefined;
  foldRounds?: boolean | null | undefined;
}>;


export type BranchQuery = { conversation: { id: string, branch: { edges: Array<{ cursor: string, node: { id: string, kind: InteractionKind, inputText: Array<
            | { text: string }
            | Record<PropertyKey, never>
          >, rounds: Array<{ id: string, kind: InteractionKind }>, lastRound: { id: string, outputText: string | null } } }>, pageInfo: { hasPreviousPage: boolean, hasNextPage: boolean, startCursor: string | null } }, messages: Array<{ id: string }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Conversation', title: string | null, id: string }
    | { __typename: 'File', id: string }
    | { __typename: 'Interaction', outputText: string | null, id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'User', id: string }
   | null };

export type TypedResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type TypedResultsQuery = { interaction: { id: string, steps: Array<
      | { __typename: 'CodeExecutionCallStep', type: string }
      | { __typename: 'CodeExecutionResultStep', output: string | null, type: string }
      | { __typename: 'FileSearchCallStep', type: string }
      | { __typename: 'FileSearchResultStep', type: string }
      | { __typename: 'FunctionCallStep', type: string }
      | { __typename: 'FunctionResultStep', type: string }
      | { __typename: 'GoogleMapsCallStep', type: string }
      | { __typename: 'GoogleMapsResultStep', type: string, places: Array<{ name: string | null, placeId: string | null, url: string | null }> }
      | { __typename: 'GoogleSearchCallStep', type: string }
      | { __typename: 'GoogleSearchResultStep', type: string, searchResults: Array<{ searchSuggestions: string | null }> }
      | { __typename: 'McpServerToolCallStep', type: string }
      | { __typename: 'McpServerToolResultStep', type: string }
      | { __typename: 'ModelOutputStep', type: string, content: Array<
          | { citations: Array<
              | { __typename: 'FileCitation', type: string, startIndex: number | null, endIndex: number | null }
              | { __typename: 'OtherAnnotation', type: string, startIndex: number | null, endIndex: number | null }
              | { __typename: 'PlaceCitation', name: string | null, placeId: string | null, type: string, startIndex: number | null, endIndex: number | null }
              | { __typename: 'UrlCitation', url: string | null, title: string | null, type: string, startIndex: number | null, endIndex: number | null }
            > }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'OtherStep', type: string }
      | { __typename: 'ProcessingCallStep', type: string }
      | { __typename: 'ProcessingResultStep', type: string }
      | { __typename: 'RetrievalCallStep', type: string }
      | { __typename: 'RetrievalResultStep', type: string }
      | { __typename: 'ThoughtStep', type: string }
      | { __typename: 'UrlContextCallStep', type: string }
      | { __typename: 'UrlContextResultStep', type: string, urlStatuses: Array<{ url: string | null, status: UrlFetchStatus }> }
      | { __typename: 'UserInputStep', type: string }
    > } | null };

export type CapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CapabilitiesQuery = { models: Array<{ id: string, kind: ModelKind, capabilities: Array<ModelCapability> }> };

export type ScheduleFieldsFragment = { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, maxConsecutiveFailures: number, consecutiveFailures: number, lastRun: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null };

export type CreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type CreateScheduleMutation = { createSchedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, maxConsecutiveFailures: number, consecutiveFailures: number, lastRun: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } };

export type UpdateScheduleMutationVariables = Exact<{
  id: string | number;
  input: UpdateScheduleInput;
}>;


export type UpdateScheduleMutation = { updateSchedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, maxConsecutiveFailures: number, consecutiveFailures: number, lastRun: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } };

export type DeleteScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScheduleMutation = { deleteSchedule: { id: string } };

export type PauseScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseScheduleMutation = { pauseSchedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, maxConsecutiveFailures: number, consecutiveFailures: number, lastRun: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } };

export type ResumeScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeScheduleMutation = { resumeSchedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, maxConsecutiveFailures: number, consecutiveFailures: number, lastRun: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } };

export type RunScheduleNowMutationVariables = Exact<{
  id: string | number;
}>;


export type RunScheduleNowMutation = { runScheduleNow: { id: string, state: InteractionStatus, interaction: { id: string, agent: string | null, outputText: string | null, customAgent: { id: string } | null } } };

export type GetScheduleQueryVariables = Exact<{
  id: string | number;
}>;


export type GetScheduleQuery = { schedule: { id: string, name: string, cron: string, timeZone: string, state: ScheduleState, pausedReason: string | null, nextRunAt: string | null, model: string | null, agent: string | null, text: string | null, maxConsecutiveFailures: number, consecutiveFailures: number, lastRun: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, job: { id: string, state: InteractionStatus } | null } | null } | null };

export type ListSchedulesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListSchedulesQuery = { schedules: { edges: Array<{ node: { id: string, name: string } }> } };

export type ScheduleRunsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ScheduleRunsQuery = { scheduleRuns: { edges: Array<{ node: { id: string, scheduledFor: string, manual: boolean, errorCode: string | null, error: string | null, job: { id: string, state: InteractionStatus, interaction: { id: string, outputText: string | null } } | null } }> } };

export type SendTypedMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendTypedMutation = { sendMessage: { id: string, status: InteractionStatus, conversation: { id: string } | null } };

export type ConversationSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationSettingsQuery = { conversation: { id: string, settingsJson: unknown, settings: { model: string | null, agent: string | null, systemInstruction: string | null, serviceTier: ServiceTier | null, background: boolean | null, store: boolean | null, generationConfigJson: unknown, responseFormat: unknown, agentConfig: unknown, labels: Array<{ key: string, value: string }>, safetySettings: Array<{ category: HarmCategory | null, threshold: SafetyThreshold | null, method: SafetyMethod | null }>, generationConfig: { temperature: number | null, topP: number | null, seed: number | null, maxOutputTokens: number | null, stopSequences: Array<string>, thinkingLevel: ThinkingLevel | null, thinkingSummaries: ThinkingSummaries | null, toolChoice: { mode: ToolChoiceMode | null, allowedTools: Array<string> } | null, speechConfig: Array<{ voice: string | null, speaker: string | null, language: string | null }>, imageConfig: { aspectRatio: string | null, imageSize: string | null } | null, transcriptionConfig: { mode: TranscriptionMode | null, languageCodes: Array<string>, customVocabulary: Array<string>, diarization: boolean, wordTimestamps: boolean } | null, videoConfig: { task: VideoTask | null } | null } | null, tools: Array<{ mcpServer: unknown, serverFunction: string | null, function: { name: string, description: string | null, parameters: unknown } | null, googleSearch: { searchTypes: Array<SearchType> } | null, computerUse: { environment: ComputerEnvironment | null, excludedPredefinedFunctions: Array<string>, disabledSafetyPolicies: Array<ComputerSafetyPolicy>, enablePromptInjectionDetection: boolean | null } | null }>, agentSettings: { deepResearch: { visualization: ResearchVisualization | null, collaborativePlanning: boolean | null, thinkingSummaries: ThinkingSummaries | null } | null, antigravity: { model: string | null, maxTotalTokens: number | null } | null } | null, environment: { id: string | null, remote: boolean, config: { sources: Array<{ type: string | null, source: string | null, target: string | null, content: string | null, encoding: string | null }>, env: Array<{ name: string, value: string | null, credential: string | null }>, network: { disabled: boolean, allowlist: Array<{ domain: string, credential: string | null, transformHeaders: Array<string> }> } | null } | null } | null } } | null };

export type EnvironmentSettingFieldsFragment = { id: string | null, remote: boolean, config: { sources: Array<{ type: string | null, source: string | null, target: string | null, content: string | null, encoding: string | null }>, env: Array<{ name: string, value: string | null, credential: string | null }>, network: { disabled: boolean, allowlist: Array<{ domain: string, credential: string | null, transformHeaders: Array<string> }> } | null } | null };

export type CreateAgentWithEnvironmentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentWithEnvironmentMutation = { createAgent: { id: string, toolsJson: unknown, baseEnvironmentJson: unknown, tools: Array<{ mcpServer: unknown, function: { name: string, parameters: unknown } | null, googleSearch: { searchTypes: Array<SearchType> } | null, computerUse: { environment: ComputerEnvironment | null, disabledSafetyPolicies: Array<ComputerSafetyPolicy> } | null }>, baseEnvironment: { id: string | null, remote: boolean, config: { sources: Array<{ type: string | null, source: string | null, target: string | null, content: string | null, encoding: string | null }>, env: Array<{ name: string, value: string | null, credential: string | null }>, network: { disabled: boolean, allowlist: Array<{ domain: string, credential: string | null, transformHeaders: Array<string> }> } | null } | null } | null } };

export type ChatStepUsageSubscriptionVariables = Exact<{
  input?: SendMessageInput | null | undefined;
}>;


export type ChatStepUsageSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent' }
    | { __typename: 'InteractionCreatedEvent' }
    | { __typename: 'InteractionErrorEvent' }
    | { __typename: 'InteractionStatusEvent' }
    | { __typename: 'StepDeltaEvent' }
    | { __typename: 'StepStartEvent' }
    | { __typename: 'StepStopEvent', index: number, usageJson: unknown, usage: { inputTokens: number, outputTokens: number, totalTokens: number, inputTokensByModality: Array<{ modality: Modality, tokens: number }> } | null }
    | { __typename: 'TurnEndEvent' }
   };

type StepFields_CodeExecutionCallStep_Fragment = { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null };

type StepFields_CodeExecutionResultStep_Fragment = { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean };

type StepFields_FileSearchCallStep_Fragment = { __typename: 'FileSearchCallStep', callId: string | null };

type StepFields_FileSearchResultStep_Fragment = { __typename: 'FileSearchResultStep', callId: string | null, result: unknown };

type StepFields_FunctionCallStep_Fragment = { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown };

type StepFields_FunctionResultStep_Fragment = { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string };

type StepFields_GoogleMapsCallStep_Fragment = { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> };

type StepFields_GoogleMapsResultStep_Fragment = { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown };

type StepFields_GoogleSearchCallStep_Fragment = { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> };

type StepFields_GoogleSearchResultStep_Fragment = { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown };

type StepFields_McpServerToolCallStep_Fragment = { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown };

type StepFields_McpServerToolResultStep_Fragment = { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string };

type StepFields_ModelOutputStep_Fragment = { __typename: 'ModelOutputStep', content: Array<
    | { __typename: 'AudioContent' }
    | { __typename: 'DocumentContent' }
    | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
    | { __typename: 'TextContent', text: string, annotations: unknown }
    | { __typename: 'VideoContent' }
  > };

type StepFields_OtherStep_Fragment = { __typename: 'OtherStep', type: string, data: unknown };

type StepFields_ProcessingCallStep_Fragment = { __typename: 'ProcessingCallStep' };

type StepFields_ProcessingResultStep_Fragment = { __typename: 'ProcessingResultStep' };

type StepFields_RetrievalCallStep_Fragment = { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null };

type StepFields_RetrievalResultStep_Fragment = { __typename: 'RetrievalResultStep', callId: string | null, result: unknown };

type StepFields_ThoughtStep_Fragment = { __typename: 'ThoughtStep', signature: string | null, summary: Array<
    | { text: string }
    | Record<PropertyKey, never>
  > };

type StepFields_UrlContextCallStep_Fragment = { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> };

type StepFields_UrlContextResultStep_Fragment = { __typename: 'UrlContextResultStep', callId: string | null, result: unknown };

type StepFields_UserInputStep_Fragment = { __typename: 'UserInputStep', content: Array<
    | { text: string }
    | Record<PropertyKey, never>
  > };

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

export type ToolTurnFragment = { id: string, status: InteractionStatus, outputText: string | null, json: unknown, error: { code: string, message: string } | null, parent: { id: string, status: InteractionStatus, steps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    > } | null, inputSteps: Array<
    | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
    | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
    | { __typename: 'FileSearchCallStep', callId: string | null }
    | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
    | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
    | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
    | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
    | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
    | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
    | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
    | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
    | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
    | { __typename: 'ModelOutputStep', content: Array<
        | { __typename: 'AudioContent' }
        | { __typename: 'DocumentContent' }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent' }
      > }
    | { __typename: 'OtherStep', type: string, data: unknown }
    | { __typename: 'ProcessingCallStep' }
    | { __typename: 'ProcessingResultStep' }
    | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
    | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
    | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
        | { text: string }
        | Record<PropertyKey, never>
      > }
    | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
    | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
    | { __typename: 'UserInputStep', content: Array<
        | { text: string }
        | Record<PropertyKey, never>
      > }
  >, steps: Array<
    | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
    | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
    | { __typename: 'FileSearchCallStep', callId: string | null }
    | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
    | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
    | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
    | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
    | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
    | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
    | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
    | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
    | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
    | { __typename: 'ModelOutputStep', content: Array<
        | { __typename: 'AudioContent' }
        | { __typename: 'DocumentContent' }
        | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
        | { __typename: 'TextContent', text: string, annotations: unknown }
        | { __typename: 'VideoContent' }
      > }
    | { __typename: 'OtherStep', type: string, data: unknown }
    | { __typename: 'ProcessingCallStep' }
    | { __typename: 'ProcessingResultStep' }
    | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
    | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
    | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
        | { text: string }
        | Record<PropertyKey, never>
      > }
    | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
    | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
    | { __typename: 'UserInputStep', content: Array<
        | { text: string }
        | Record<PropertyKey, never>
      > }
  >, conversation: { id: string, head: { id: string } | null, messages: Array<{ id: string, status: InteractionStatus }> } | null };

export type ToolMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type ToolMessageMutation = { sendMessage: { id: string, status: InteractionStatus, outputText: string | null, json: unknown, error: { code: string, message: string } | null, parent: { id: string, status: InteractionStatus, steps: Array<
        | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep', callId: string | null }
        | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
        | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
        | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
        | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
        | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent' }
            | { __typename: 'DocumentContent' }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent' }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
        | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
        | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
        | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
        | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
        | { __typename: 'UserInputStep', content: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
      > } | null, inputSteps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    >, conversation: { id: string, head: { id: string } | null, messages: Array<{ id: string, status: InteractionStatus }> } | null } };

export type SubmitFunctionResultsMutationVariables = Exact<{
  id: string | number;
  results: Array<FunctionResultInput> | FunctionResultInput;
}>;


export type SubmitFunctionResultsMutation = { submitFunctionResults: { id: string, status: InteractionStatus, outputText: string | null, json: unknown, error: { code: string, message: string } | null, parent: { id: string, status: InteractionStatus, steps: Array<
        | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep', callId: string | null }
        | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
        | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
        | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
        | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
        | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent' }
            | { __typename: 'DocumentContent' }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent' }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
        | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
        | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
        | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
        | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
        | { __typename: 'UserInputStep', content: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
      > } | null, inputSteps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    >, conversation: { id: string, head: { id: string } | null, messages: Array<{ id: string, status: InteractionStatus }> } | null } };

export type ToolInteractionQueryVariables = Exact<{
  id: string | number;
}>;


export type ToolInteractionQuery = { interaction: { id: string, status: InteractionStatus, outputText: string | null, json: unknown, error: { code: string, message: string } | null, parent: { id: string, status: InteractionStatus, steps: Array<
        | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep', callId: string | null }
        | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
        | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
        | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
        | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
        | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent' }
            | { __typename: 'DocumentContent' }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent' }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
        | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
        | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
        | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
        | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
        | { __typename: 'UserInputStep', content: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
      > } | null, inputSteps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    >, steps: Array<
      | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
      | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
      | { __typename: 'FileSearchCallStep', callId: string | null }
      | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
      | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
      | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
      | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
      | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
      | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
      | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
      | { __typename: 'ModelOutputStep', content: Array<
          | { __typename: 'AudioContent' }
          | { __typename: 'DocumentContent' }
          | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
          | { __typename: 'TextContent', text: string, annotations: unknown }
          | { __typename: 'VideoContent' }
        > }
      | { __typename: 'OtherStep', type: string, data: unknown }
      | { __typename: 'ProcessingCallStep' }
      | { __typename: 'ProcessingResultStep' }
      | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
      | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
      | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
      | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
      | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
      | { __typename: 'UserInputStep', content: Array<
          | { text: string }
          | Record<PropertyKey, never>
        > }
    >, conversation: { id: string, head: { id: string } | null, messages: Array<{ id: string, status: InteractionStatus }> } | null } | null };

export type ServerFunctionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerFunctionsQuery = { serverFunctions: Array<{ name: string, description: string, parameters: unknown }> };

export type ToolChatSubscriptionVariables = Exact<{
  input: SendMessageInput;
}>;


export type ToolChatSubscription = { chat:
    | { __typename: 'InteractionCompletedEvent', interactionId: string, interaction: { id: string, status: InteractionStatus, outputText: string | null } }
    | { __typename: 'InteractionCreatedEvent', interactionId: string }
    | { __typename: 'InteractionErrorEvent', code: string, message: string }
    | { __typename: 'InteractionStatusEvent' }
    | { __typename: 'StepDeltaEvent', interactionId: string, delta:
        | { __typename: 'ArgumentsDelta', arguments: string }
        | { __typename: 'ImageDelta' }
        | { __typename: 'OtherDelta' }
        | { __typename: 'TextDelta', text: string }
        | { __typename: 'ThoughtSummaryDelta' }
        | { __typename: 'ToolCallDelta', type: string, toolArguments: unknown }
        | { __typename: 'ToolResultDelta', type: string, result: unknown }
       }
    | { __typename: 'StepStartEvent', interactionId: string, index: number, step:
        | { __typename: 'CodeExecutionCallStep', callId: string | null, code: string | null, language: string | null }
        | { __typename: 'CodeExecutionResultStep', callId: string | null, output: string | null, isError: boolean }
        | { __typename: 'FileSearchCallStep', callId: string | null }
        | { __typename: 'FileSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'FunctionCallStep', callId: string | null, name: string, arguments: unknown }
        | { __typename: 'FunctionResultStep', callId: string | null, result: unknown, isError: boolean, resultName: string }
        | { __typename: 'GoogleMapsCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleMapsResultStep', callId: string | null, result: unknown }
        | { __typename: 'GoogleSearchCallStep', callId: string | null, queries: Array<string> }
        | { __typename: 'GoogleSearchResultStep', callId: string | null, result: unknown }
        | { __typename: 'McpServerToolCallStep', callId: string | null, name: string, serverName: string | null, arguments: unknown }
        | { __typename: 'McpServerToolResultStep', callId: string | null, serverName: string | null, result: unknown, toolName: string }
        | { __typename: 'ModelOutputStep', content: Array<
            | { __typename: 'AudioContent' }
            | { __typename: 'DocumentContent' }
            | { __typename: 'ImageContent', mimeType: string | null, url: string | null }
            | { __typename: 'TextContent', text: string, annotations: unknown }
            | { __typename: 'VideoContent' }
          > }
        | { __typename: 'OtherStep', type: string, data: unknown }
        | { __typename: 'ProcessingCallStep' }
        | { __typename: 'ProcessingResultStep' }
        | { __typename: 'RetrievalCallStep', callId: string | null, queries: Array<string>, retrievalType: string | null }
        | { __typename: 'RetrievalResultStep', callId: string | null, result: unknown }
        | { __typename: 'ThoughtStep', signature: string | null, summary: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
        | { __typename: 'UrlContextCallStep', callId: string | null, urls: Array<string> }
        | { __typename: 'UrlContextResultStep', callId: string | null, result: unknown }
        | { __typename: 'UserInputStep', content: Array<
            | { text: string }
            | Record<PropertyKey, never>
          > }
       }
    | { __typename: 'StepStopEvent' }
    | { __typename: 'TurnEndEvent' }
   };

export type ConversationToolsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationToolsQuery = { conversation: { id: string, settingsJson: unknown, settings: { tools: Array<{ retrievalJson: unknown, googleSearch: { searchTypes: Array<SearchType> } | null, googleMaps: { enableWidget: boolean | null, latitude: number | null, longitude: number | null } | null, retrieval: { retrievalTypes: Array<RetrievalType>, vertexAiSearchConfig: { engine: string | null, datastores: Array<string> } | null, ragStoreConfig: { ragResources: Array<{ ragCorpus: string | null, ragFileIds: Array<string> }>, ragRetrievalConfig: { topK: number | null, hybridSearchAlpha: number | null, rankServiceModel: string | null, filter: { vectorDistanceThreshold: number | null } | null } | null } | null, exaAiSearchConfig: { apiKeySet: boolean, customConfig: unknown } | null } | null }> } } | null };

export type UpstreamWebhookFieldsFragment = { id: string, name: string | null, uri: string, events: Array<UpstreamWebhookEvent>, state: UpstreamWebhookState, createdAt: string | null, signingSecrets: Array<{ truncated: string, expiresAt: string | null }> };

export type UpstreamWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamWebhooksQuery = { upstreamWebhooks: Array<{ id: string, name: string | null, uri: string, events: Array<UpstreamWebhookEvent>, state: UpstreamWebhookState, createdAt: string | null, signingSecrets: Array<{ truncated: string, expiresAt: string | null }> }> };

export type CreateUpstreamWebhookMutationVariables = Exact<{
  input: CreateUpstreamWebhookInput;
}>;


export type CreateUpstreamWebhookMutation = { createUpstreamWebhook: { signingSecret: string, webhook: { id: string, name: string | null, uri: string, events: Array<UpstreamWebhookEvent>, state: UpstreamWebhookState, createdAt: string | null, signingSecrets: Array<{ truncated: string, expiresAt: string | null }> } } };

export type UpdateUpstreamWebhookMutationVariables = Exact<{
  id: string | number;
  input: UpdateUpstreamWebhookInput;
}>;


export type UpdateUpstreamWebhookMutation = { updateUpstreamWebhook: { id: string, name: string | null, uri: string, events: Array<UpstreamWebhookEvent>, state: UpstreamWebhookState, createdAt: string | null, signingSecrets: Array<{ truncated: string, expiresAt: string | null }> } };

export type DeleteUpstreamWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteUpstreamWebhookMutation = { deleteUpstreamWebhook: string };

export type PingUpstreamWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type PingUpstreamWebhookMutation = { pingUpstreamWebhook: boolean };

export type RotateUpstreamWebhookSecretMutationVariables = Exact<{
  id: string | number;
  revokePrevious?: boolean | null | undefined;
}>;


export type RotateUpstreamWebhookSecretMutation = { rotateUpstreamWebhookSecret: { signingSecret: string, webhook: { id: string, name: string | null, uri: string, events: Array<UpstreamWebhookEvent>, state: UpstreamWebhookState, createdAt: string | null, signingSecrets: Array<{ truncated: string, expiresAt: string | null }> } } };

export type UsageQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: Array<UsageGroupBy> | UsageGroupBy | null | undefined;
}>;


export type UsageQuery = { usage: Array<{ key: string, model: string | null, serviceTier: ServiceTier | null, interactions: number, inputTokens: number, outputTokens: number, cachedTokens: number, toolUseTokens: number, totalTokens: number, costUsd: number }> };

export type ModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelsQuery = { models: Array<{ id: string, kind: ModelKind, capabilities: Array<ModelCapability>, backgroundOnly: boolean, isDefault: boolean }> };

export type WebhookFieldsFragment = { id: string, ownerId: string, url: string, events: Array<WebhookEvent>, description: string | null, state: WebhookState, disabledReason: string | null };

export type DeliveryFieldsFragment = { id: string, webhookId: string, type: string, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, nextAttemptAt: string | null, tries: Array<{ at: string, responseCode: number | null, error: string | null }> };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { signingSecret: string, webhook: { id: string, ownerId: string, url: string, events: Array<WebhookEvent>, description: string | null, state: WebhookState, disabledReason: string | null } } };

export type ListWebhooksQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type ListWebhooksQuery = { webhooks: Array<{ id: string, ownerId: string, url: string, events: Array<WebhookEvent>, description: string | null, state: WebhookState, disabledReason: string | null }> };

export type UpdateWebhookMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { id: string, ownerId: string, url: string, events: Array<WebhookEvent>, description: string | null, state: WebhookState, disabledReason: string | null } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: { id: string } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  revokePrevious?: boolean | null | undefined;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { signingSecret: string, webhook: { id: string } } };

export type TestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type TestWebhookMutation = { testWebhook: { id: string, webhookId: string, type: string, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, nextAttemptAt: string | null, tries: Array<{ at: string, responseCode: number | null, error: string | null }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  first?: number | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: Array<{ id: string, webhookId: string, type: string, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, nextAttemptAt: string | null, tries: Array<{ at: string, responseCode: number | null, error: string | null }> }> };

export type RedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedeliverMutation = { redeliver: { id: string, webhookId: string, type: string, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, nextAttemptAt: string | null, tries: Array<{ at: string, responseCode: number | null, error: string | null }> } };

export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const AgentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseAgent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundOnly"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"systemInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"agentConfig"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgentFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStartEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtSummaryDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArgumentsDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStopEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCompletedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TurnEndEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const MediaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MediaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Content"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AudioContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<MediaFieldsFragment, unknown>;
export const StepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<StepFieldsFragment, unknown>;
export const InteractionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<InteractionFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const ScheduleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"maxConsecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleFieldsFragment, unknown>;
export const EnvironmentSettingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvironmentSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"allowlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"transformHeaders"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnvironmentSettingFieldsFragment, unknown>;
export const ToolTurnFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToolTurn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<ToolTurnFragment, unknown>;
export const UpstreamWebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamWebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamWebhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signingSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpstreamWebhookFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const DeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<DeliveryFieldsFragment, unknown>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const SetUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const ViewerApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerApiKeysQuery, ViewerApiKeysQueryVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const SetUserQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentRuns"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]}}]} as unknown as DocumentNode<SetUserQuotaMutation, SetUserQuotaMutationVariables>;
export const AdminUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageGroupBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"ttftP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"ttftP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}}]}}]} as unknown as DocumentNode<AdminUsageQuery, AdminUsageQueryVariables>;
export const AdminJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminJobsQuery, AdminJobsQueryVariables>;
export const ActiveRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActiveRunsQuery, ActiveRunsQueryVariables>;
export const InteractionOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InteractionOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InteractionOwnerQuery, InteractionOwnerQueryVariables>;
export const AgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseAgent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundOnly"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"systemInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"agentConfig"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgentsQuery, AgentsQueryVariables>;
export const CreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseAgent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundOnly"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"systemInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"agentConfig"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAgentMutation, CreateAgentMutationVariables>;
export const UpdateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseAgent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundOnly"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"systemInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"agentConfig"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const DeleteAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAgentMutation, DeleteAgentMutationVariables>;
export const AgentRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"customAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgentRunQuery, AgentRunQueryVariables>;
export const ConformanceRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConformanceRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTier"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolUseTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolUseTokens"}},{"kind":"Field","name":{"kind":"Name","value":"groundingToolCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConformanceRunMutation, ConformanceRunMutationVariables>;
export const InteractionControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InteractionControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTier"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}}]} as unknown as DocumentNode<InteractionControlsQuery, InteractionControlsQueryVariables>;
export const CreateWithControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWithControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTier"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"toolUseTokens"}},{"kind":"Field","name":{"kind":"Name","value":"groundingToolCount"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cachedTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolUseTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateWithControlsMutation, CreateWithControlsMutationVariables>;
export const SendWithControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendWithControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTier"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SendWithControlsMutation, SendWithControlsMutationVariables>;
export const CreateSafetyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSafety"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"safetyRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSafetyMutation, CreateSafetyMutationVariables>;
export const ComputerChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ComputerChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"functionResults"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFunctionResultsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"functionResults"},"value":{"kind":"Variable","name":{"kind":"Name","value":"functionResults"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TurnEndEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"requiresConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"safetyDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComputerChatSubscription, ComputerChatSubscriptionVariables>;
export const CreateGeneratedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGenerated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}}]} as unknown as DocumentNode<CreateGeneratedMutation, CreateGeneratedMutationVariables>;
export const CreateFormatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFormats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateFormatsMutation, CreateFormatsMutationVariables>;
export const CreateCodePlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCodePlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCodePlotMutation, CreateCodePlotMutationVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","alias":{"kind":"Name","value":"inputText"},"name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const RegenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Regenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interactionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegenerateMutation, RegenerateMutationVariables>;
export const EditMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interactionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditMessageMutation, EditMessageMutationVariables>;
export const SetActiveHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActiveHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interactionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActiveHead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"interactionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interactionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetActiveHeadMutation, SetActiveHeadMutationVariables>;
export const RenameConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RenameConversationMutation, RenameConversationMutationVariables>;
export const DeleteConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleteUpstream"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleteUpstream"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleteUpstream"}}}]}]}}]} as unknown as DocumentNode<DeleteConversationMutation, DeleteConversationMutationVariables>;
export const GetConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetConversationQuery, GetConversationQueryVariables>;
export const ConversationInteractionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationInteractions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationInteractionsQuery, ConversationInteractionsQueryVariables>;
export const ListConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListConversationsQuery, ListConversationsQueryVariables>;
export const RunSandboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSandbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunSandboxMutation, RunSandboxMutationVariables>;
export const EnvironmentFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnvironmentFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCount"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnvironmentFilesQuery, EnvironmentFilesQueryVariables>;
export const EnvironmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnvironmentsQuery, EnvironmentsQueryVariables>;
export const DeleteEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeleteEnvironmentMutation, DeleteEnvironmentMutationVariables>;
export const InteractionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InteractionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStartEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtSummaryDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArgumentsDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStopEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCompletedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TurnEndEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<InteractionEventsSubscription, InteractionEventsSubscriptionVariables>;
export const ChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Chat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStartEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtSummaryDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArgumentsDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStopEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCompletedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TurnEndEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ChatSubscription, ChatSubscriptionVariables>;
export const ChatTurnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatTurn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regenerate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegenerateInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EditMessageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"functionResults"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFunctionResultsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"regenerate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regenerate"}}},{"kind":"Argument","name":{"kind":"Name","value":"edit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edit"}}},{"kind":"Argument","name":{"kind":"Name","value":"functionResults"},"value":{"kind":"Variable","name":{"kind":"Name","value":"functionResults"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStartEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtSummaryDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArgumentsDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStopEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCompletedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TurnEndEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ChatTurnSubscription, ChatTurnSubscriptionVariables>;
export const TurnEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TurnEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turnEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionStatusEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStartEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtSummaryDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArgumentsDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStopEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCompletedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TurnEndEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TurnEventsSubscription, TurnEventsSubscriptionVariables>;
export const SharedFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtSummaryDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedFieldsSubscription, SharedFieldsSubscriptionVariables>;
export const CancelInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CancelInteractionMutation, CancelInteractionMutationVariables>;
export const ChatTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TurnEndEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ChatTextSubscription, ChatTextSubscriptionVariables>;
export const InteractionMediaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InteractionMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MediaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MediaFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MediaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Content"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AudioContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<InteractionMediaQuery, InteractionMediaQueryVariables>;
export const CreateWithMediaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWithMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWithMediaMutation, CreateWithMediaMutationVariables>;
export const DeleteFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFileMutation, DeleteFileMutationVariables>;
export const CreateInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}}]} as unknown as DocumentNode<CreateInteractionMutation, CreateInteractionMutationVariables>;
export const GetInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}}]} as unknown as DocumentNode<GetInteractionQuery, GetInteractionQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateBackgroundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBackground"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBackgroundMutation, CreateBackgroundMutationVariables>;
export const SendBackgroundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendBackground"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SendBackgroundMutation, SendBackgroundMutationVariables>;
export const GetJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<GetJobQuery, GetJobQueryVariables>;
export const ListJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListJobsQuery, ListJobsQueryVariables>;
export const CancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<CancelJobMutation, CancelJobMutationVariables>;
export const RetryJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remoteId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<RetryJobMutation, RetryJobMutationVariables>;
export const JobUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<JobUpdatesSubscription, JobUpdatesSubscriptionVariables>;
export const InteractionJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InteractionJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"jobStatus"}}]}}]}}]}}]} as unknown as DocumentNode<InteractionJobQuery, InteractionJobQueryVariables>;
export const SiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Siblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siblingIndex"}},{"kind":"Field","name":{"kind":"Name","value":"siblingCount"}},{"kind":"Field","name":{"kind":"Name","value":"siblings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}}]}}]} as unknown as DocumentNode<SiblingsQuery, SiblingsQueryVariables>;
export const BranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Branch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldRounds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldRounds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldRounds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"inputText"},"name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BranchQuery, BranchQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const TypedResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TypedResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startIndex"}},{"kind":"Field","name":{"kind":"Name","value":"endIndex"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSuggestions"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"placeId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TypedResultsQuery, TypedResultsQueryVariables>;
export const CapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]} as unknown as DocumentNode<CapabilitiesQuery, CapabilitiesQueryVariables>;
export const CreateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"maxConsecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScheduleMutation, CreateScheduleMutationVariables>;
export const UpdateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"maxConsecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScheduleMutation, UpdateScheduleMutationVariables>;
export const DeleteScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteScheduleMutation, DeleteScheduleMutationVariables>;
export const PauseScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"maxConsecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<PauseScheduleMutation, PauseScheduleMutationVariables>;
export const ResumeScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"maxConsecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeScheduleMutation, ResumeScheduleMutationVariables>;
export const RunScheduleNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunScheduleNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runScheduleNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"customAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunScheduleNowMutation, RunScheduleNowMutationVariables>;
export const GetScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Schedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"maxConsecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<GetScheduleQuery, GetScheduleQueryVariables>;
export const ListSchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListSchedulesQuery, ListSchedulesQueryVariables>;
export const ScheduleRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleRunsQuery, ScheduleRunsQueryVariables>;
export const SendTypedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTyped"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SendTypedMutation, SendTypedMutationVariables>;
export const ConversationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"systemInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTier"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"store"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"generationConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"topP"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"maxOutputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"stopSequences"}},{"kind":"Field","name":{"kind":"Name","value":"thinkingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"thinkingSummaries"}},{"kind":"Field","name":{"kind":"Name","value":"toolChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTools"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speechConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imageConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"imageSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcriptionConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"languageCodes"}},{"kind":"Field","name":{"kind":"Name","value":"customVocabulary"}},{"kind":"Field","name":{"kind":"Name","value":"diarization"}},{"kind":"Field","name":{"kind":"Name","value":"wordTimestamps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videoConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"generationConfigJson"}},{"kind":"Field","name":{"kind":"Name","value":"responseFormat"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"googleSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpServer"}},{"kind":"Field","name":{"kind":"Name","value":"computerUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"excludedPredefinedFunctions"}},{"kind":"Field","name":{"kind":"Name","value":"disabledSafetyPolicies"}},{"kind":"Field","name":{"kind":"Name","value":"enablePromptInjectionDetection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serverFunction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentConfig"}},{"kind":"Field","name":{"kind":"Name","value":"agentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deepResearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visualization"}},{"kind":"Field","name":{"kind":"Name","value":"collaborativePlanning"}},{"kind":"Field","name":{"kind":"Name","value":"thinkingSummaries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antigravity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalTokens"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentSettingFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settingsJson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvironmentSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"allowlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"transformHeaders"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationSettingsQuery, ConversationSettingsQueryVariables>;
export const CreateAgentWithEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgentWithEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"googleSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpServer"}},{"kind":"Field","name":{"kind":"Name","value":"computerUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"disabledSafetyPolicies"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsJson"}},{"kind":"Field","name":{"kind":"Name","value":"baseEnvironment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentSettingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseEnvironmentJson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvironmentSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"env"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"allowlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"transformHeaders"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAgentWithEnvironmentMutation, CreateAgentWithEnvironmentMutationVariables>;
export const ChatStepUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatStepUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStopEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokensByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageJson"}}]}}]}}]}}]} as unknown as DocumentNode<ChatStepUsageSubscription, ChatStepUsageSubscriptionVariables>;
export const ToolMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ToolMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToolTurn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToolTurn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ToolMessageMutation, ToolMessageMutationVariables>;
export const SubmitFunctionResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFunctionResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"results"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFunctionResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interactionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"results"},"value":{"kind":"Variable","name":{"kind":"Name","value":"results"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToolTurn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToolTurn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitFunctionResultsMutation, SubmitFunctionResultsMutationVariables>;
export const ToolInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ToolInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToolTurn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToolTurn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ToolInteractionQuery, ToolInteractionQueryVariables>;
export const ServerFunctionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerFunctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverFunctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]} as unknown as DocumentNode<ServerFunctionsQuery, ServerFunctionsQueryVariables>;
export const ToolChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ToolChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCreatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepStartEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StepDeltaEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArgumentsDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCallDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"toolArguments"},"name":{"kind":"Name","value":"callArguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolResultDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionCompletedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outputText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionErrorEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Step"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelOutputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThoughtStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunctionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"resultName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExecutionResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"isError"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlContextResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoogleMapsResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileSearchResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"McpServerToolResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","alias":{"kind":"Name","value":"toolName"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalCallStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"retrievalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetrievalResultStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserInputStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OtherStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<ToolChatSubscription, ToolChatSubscriptionVariables>;
export const ConversationToolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationTools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"googleSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"googleMaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableWidget"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retrieval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrievalTypes"}},{"kind":"Field","name":{"kind":"Name","value":"vertexAiSearchConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"datastores"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ragStoreConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ragResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ragCorpus"}},{"kind":"Field","name":{"kind":"Name","value":"ragFileIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ragRetrievalConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topK"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vectorDistanceThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hybridSearchAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"rankServiceModel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exaAiSearchConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeySet"}},{"kind":"Field","name":{"kind":"Name","value":"customConfig"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retrievalJson"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settingsJson"}}]}}]}}]} as unknown as DocumentNode<ConversationToolsQuery, ConversationToolsQueryVariables>;
export const UpstreamWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpstreamWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upstreamWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamWebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamWebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamWebhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signingSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpstreamWebhooksQuery, UpstreamWebhooksQueryVariables>;
export const CreateUpstreamWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUpstreamWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUpstreamWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUpstreamWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamWebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamWebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamWebhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signingSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateUpstreamWebhookMutation, CreateUpstreamWebhookMutationVariables>;
export const UpdateUpstreamWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUpstreamWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUpstreamWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUpstreamWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamWebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamWebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamWebhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signingSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateUpstreamWebhookMutation, UpdateUpstreamWebhookMutationVariables>;
export const DeleteUpstreamWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUpstreamWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUpstreamWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteUpstreamWebhookMutation, DeleteUpstreamWebhookMutationVariables>;
export const PingUpstreamWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PingUpstreamWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pingUpstreamWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PingUpstreamWebhookMutation, PingUpstreamWebhookMutationVariables>;
export const RotateUpstreamWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateUpstreamWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revokePrevious"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateUpstreamWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"revokePrevious"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revokePrevious"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamWebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamWebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamWebhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signingSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RotateUpstreamWebhookSecretMutation, RotateUpstreamWebhookSecretMutationVariables>;
export const UsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Usage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageGroupBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTier"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTokens"}},{"kind":"Field","name":{"kind":"Name","value":"toolUseTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}}]}}]} as unknown as DocumentNode<UsageQuery, UsageQueryVariables>;
export const ModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundOnly"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<ModelsQuery, ModelsQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const ListWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListWebhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]} as unknown as DocumentNode<ListWebhooksQuery, ListWebhooksQueryVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revokePrevious"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"revokePrevious"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revokePrevious"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const TestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<TestWebhookMutation, TestWebhookMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"tries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RedeliverMutation, RedeliverMutationVariables>;