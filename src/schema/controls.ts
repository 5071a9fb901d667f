import { builder } from "../builder.ts";
import * as turns from "../resolvers/controls.ts";

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

const SafetyThreshold = builder.enumType("SafetyThreshold", {
  description: "From which probability (or severity) of harm a response is blocked; OFF disables the filter",
  values: turns.wireEnum(turns.SAFETY_THRESHOLDS),
});

const SafetyMethod = builder.enumType("SafetyMethod", {
  description: "Whether the threshold applies to the harm's probability (upstream's default) or its severity",
  values: turns.wireEnum(turns.SAFETY_METHODS),
});

export const Modality = builder.enumType("Modality", {
  description: "A modality in a usage breakdown; UNKNOWN for one upstream added later",
  values: turns.wireEnum([...turns.MODALITIES, "unknown"]),
});

const ComputerEnvironment = builder.enumType("ComputerEnvironment", {
  description: "The kind of device a computer-use model operates",
  values: turns.wireEnum(turns.COMPUTER_ENVIRONMENTS),
});

const ComputerSafetyPolicy = builder.enumType("ComputerSafetyPolicy", {
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

const EnvironmentConfigInput = builder.inputType("EnvironmentConfigInput", {
  description: "A new remote sandbox, configured (upstream's {type: remote, sources, env, network})",
  fields: (t) => ({
    sources: t.field({ type: "JSON", description: "Upstream's sources to mount (a list, snake_case)" }),
    env: t.field({ type: [EnvVarInput], description: "Environment variables set in the sandbox" }),
    network: t.field({ type: "JSON", description: 'Network egress: "disabled" or {allowlist: [...]}' }),
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
