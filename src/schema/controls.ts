import { builder } from "../builder.ts";
import * as turns from "../resolvers/controls.ts";
import type * as settings from "../resolvers/settings.ts";

/**
 * Today's request controls of the Interactions API (service tier, labels,
 * safety settings, computer use) and usage by modality. Each enum value
 * stands for upstream's lowercase wire value (FLEX is "flex").
 */
export const ServiceTier = builder.enumType("ServiceTier", {
  description:
    "Upstream's service tier: FLEX (cheaper, may queue or answer 429), STANDARD, PRIORITY (answers first under load), DEFERRED (background, queued until capacity)",
  values: turns.wireEnum(turns.SERVICE_TIERS),
});

export const HarmCategory = builder.enumType("HarmCategory", {
  description: "A kind of harm a safety setting filters",
  values: turns.wireEnum(turns.HARM_CATEGORIES),
});

export const SafetyThreshold = builder.enumType("SafetyThreshold", {
  description: "From which probability (or severity) of harm a response is blocked; OFF disables the filter",
  values: turns.wireEnum(turns.SAFETY_THRESHOLDS),
});

export const SafetyMethod = builder.enumType("SafetyMethod", {
  description: "Whether the threshold applies to the harm's probability (upstream's default) or its severity",
  values: turns.wireEnum(turns.SAFETY_METHODS),
});

export const Modality = builder.enumType("Modality", {
  description: "A modality in a usage breakdown; UNKNOWN for one upstream added later",
  values: turns.wireEnum([...turns.MODALITIES, "unknown"]),
});

export const ComputerEnvironment = builder.enumType("ComputerEnvironment", {
  description: "The kind of device a computer-use model operates",
  values: turns.wireEnum(turns.COMPUTER_ENVIRONMENTS),
});

export const ComputerSafetyPolicy = builder.enumType("ComputerSafetyPolicy", {
  description: "A computer-use safety policy that may be switched off (it otherwise asks for confirmation)",
  values: turns.wireEnum(turns.DISABLED_SAFETY_POLICIES),
});

export const LabelInput = builder.inputType("LabelInput", {
  description:
    "A label upstream keeps with the request (billing breakdowns): key and value at most 63 lowercase letters, digits, _ or -; the key starts with a letter",
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

export const SafetySettingInput = builder.inputType("SafetySettingInput", {
  description: "Blocks content of `category` from `threshold` on (upstream's safety_settings entry)",
  fields: (t) => ({
    category: t.field({ type: HarmCategory, required: true }),
    threshold: t.field({ type: SafetyThreshold, required: true }),
    method: t.field({ type: SafetyMethod }),
  }),
});

export const ComputerUseInput = builder.inputType("ComputerUseInput", {
  description:
    "Lets the model operate a browser, phone or desktop through predefined UI actions: they arrive as function calls the client performs and answers with a screenshot and the URL",
  fields: (t) => ({
    environment: t.field({ type: ComputerEnvironment, required: true }),
    excludedPredefinedFunctions: t.stringList({ description: "Predefined actions the model must not use" }),
    disabledSafetyPolicies: t.field({ type: [ComputerSafetyPolicy] }),
    enablePromptInjectionDetection: t.boolean(),
  }),
});

export const Label = builder.objectRef<{ key: string; value: string }>("Label").implement({
  description: "A label the request carried",
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
});

export const ModalityTokens = builder
  .objectRef<{ modality: (typeof turns.MODALITIES)[number] | "unknown"; tokens: number }>("ModalityTokens")
  .implement({
    description: "Tokens of one modality",
    fields: (t) => ({
      modality: t.field({ type: Modality, resolve: (m) => m.modality }),
      tokens: t.exposeInt("tokens"),
    }),
  });

const EnvVarInput = builder.inputType("EnvVarInput", {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

const EnvironmentSourceInput = builder.inputType("EnvironmentSourceInput", {
  description: "Something mounted into the sandbox (upstream's Source)",
  fields: (t) => ({
    type: t.string({
      required: true,
      description: "gcs, inline, repository or skill_registry (upstream may add more)",
    }),
    source: t.string({ description: "The Cloud Storage path, the repository, ..." }),
    target: t.string({ description: "Where it appears in the sandbox" }),
    content: t.string({ description: "type inline: the content" }),
    encoding: t.string({ description: "type inline: e.g. base64" }),
  }),
});

const HeaderInput = builder.inputType("HeaderInput", {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

const NetworkAllowlistEntryInput = builder.inputType("NetworkAllowlistEntryInput", {
  fields: (t) => ({
    domain: t.string({ required: true, description: "Wildcards allowed (*.googleapis.com); * is every domain" }),
    credential: t.string({ description: "A server-managed credential's id" }),
    headers: t.field({ type: [HeaderInput], description: "Injected on every request to the domain" }),
  }),
});

const EnvironmentNetworkInput = builder.inputType("EnvironmentNetworkInput", {
  description: "Network egress of the sandbox: exactly one field",
  isOneOf: true,
  fields: (t) => ({
    disabled: t.boolean({ description: "true: no egress at all" }),
    allowlist: t.field({ type: [NetworkAllowlistEntryInput], description: "Egress only to these domains" }),
  }),
});

const EnvironmentConfigInput = builder.inputType("EnvironmentConfigInput", {
  description: "A new remote sandbox, configured (upstream's {type: remote, sources, env, network})",
  fields: (t) => ({
    sources: t.field({ type: [EnvironmentSourceInput], description: "What to mount" }),
    env: t.field({ type: [EnvVarInput], description: "Environment variables set in the sandbox" }),
    network: t.field({ type: EnvironmentNetworkInput, description: "Network egress (upstream's default: open)" }),
    networkJson: t.field({
      type: "JSON",
      description: 'upstream\'s network value: "disabled" or {allowlist: [...]}',
      deprecationReason: "Use network (typed); this JSON stays for one release",
    }),
  }),
});

export const EnvironmentInput = builder.inputType("EnvironmentInput", {
  description: "Where an agent runs: exactly one field",
  isOneOf: true,
  fields: (t) => ({
    id: t.string({ description: "Reuse this sandbox (an Interaction.environmentId)" }),
    remote: t.boolean({ description: "true: a fresh remote sandbox with upstream's defaults" }),
    config: t.field({ type: EnvironmentConfigInput }),
  }),
});

// The output twin of EnvironmentInput: where a conversation's turns or a custom agent's runs go (`Environment` is a sandbox).

const EnvironmentSource = builder.objectRef<settings.SourceView>("EnvironmentSource").implement({
  description: "Something mounted into the sandbox",
  fields: (t) => ({
    type: t.exposeString("type", { nullable: true }),
    source: t.exposeString("source", { nullable: true }),
    target: t.exposeString("target", { nullable: true }),
    content: t.exposeString("content", { nullable: true }),
    encoding: t.exposeString("encoding", { nullable: true }),
  }),
});

const EnvVar = builder.objectRef<settings.EnvironmentConfigView["env"][number]>("EnvVar").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    value: t.exposeString("value", { nullable: true }),
    credential: t.exposeString("credential", { nullable: true, description: "A server-managed credential's id" }),
  }),
});

const NetworkAllowlistEntry = builder
  .objectRef<settings.NetworkView["allowlist"][number]>("NetworkAllowlistEntry")
  .implement({
    fields: (t) => ({
      domain: t.exposeString("domain", { description: "Wildcards allowed; * is every domain" }),
      credential: t.exposeString("credential", { nullable: true }),
      transformHeaders: t.exposeStringList("transformHeaders", {
        description: "The headers injected on requests to it, by name only (their values are credentials)",
      }),
    }),
  });

const EnvironmentNetwork = builder.objectRef<settings.NetworkView>("EnvironmentNetwork").implement({
  description: "Network egress: disabled, or only to the allowlist",
  fields: (t) => ({
    disabled: t.exposeBoolean("disabled"),
    allowlist: t.field({ type: [NetworkAllowlistEntry], resolve: (n) => n.allowlist }),
  }),
});

const EnvironmentConfig = builder.objectRef<settings.EnvironmentConfigView>("EnvironmentConfig").implement({
  description: "A new remote sandbox, configured",
  fields: (t) => ({
    sources: t.field({ type: [EnvironmentSource], resolve: (c) => c.sources }),
    env: t.field({ type: [EnvVar], resolve: (c) => c.env }),
    network: t.field({ type: EnvironmentNetwork, nullable: true, resolve: (c) => c.network }),
  }),
});

export const EnvironmentSetting = builder.objectRef<settings.EnvironmentView>("EnvironmentSetting").implement({
  description:
    "Where an agent runs, as EnvironmentInput gave it: a sandbox to reuse (id), a fresh one (remote) or a configured one",
  fields: (t) => ({
    id: t.exposeString("id", { nullable: true, description: "The sandbox reused (an Interaction.environmentId)" }),
    remote: t.exposeBoolean("remote", { description: "A fresh remote sandbox with upstream's defaults" }),
    config: t.field({ type: EnvironmentConfig, nullable: true, resolve: (e) => e.config }),
  }),
});
