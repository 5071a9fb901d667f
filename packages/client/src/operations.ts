/** The operations the client sends, written once here; the types beside them mirror their selections. */

export const EVENT_FIELDS = `
  __typename
  cursor
  interactionId
  ... on InteractionCreatedEvent { conversationId }
  ... on InteractionStatusEvent { status }
  ... on StepStartEvent { index step { type ... on FunctionCallStep { name callId arguments } } }
  ... on StepDeltaEvent {
    index
    delta {
      __typename
      type
      ... on TextDelta { text }
      ... on ThoughtSummaryDelta { text }
      ... on ArgumentsDelta { arguments }
      ... on ImageDelta { mimeType url }
    }
  }
  ... on StepStopEvent { index }
  ... on TurnEndEvent {
    status
    reason
    error { code message }
    interaction { ...TurnInteraction }
  }
`;

export const TURN_INTERACTION = `
fragment TurnInteraction on Interaction {
  id
  status
  outputText
  conversation { id }
  steps { type ... on FunctionCallStep { name callId arguments } }
}`;

export const CHAT = `
subscription Chat(
  $input: SendMessageInput
  $regenerate: RegenerateInput
  $edit: EditMessageInput
  $functionResults: SubmitFunctionResultsInput
  $after: String
) {
  chat(input: $input, regenerate: $regenerate, edit: $edit, functionResults: $functionResults, after: $after) {
    ${EVENT_FIELDS}
  }
}
${TURN_INTERACTION}`;

export const CANCEL = "mutation Cancel($id: ID!) { cancelInteraction(id: $id) { id status } }";

export const UPLOAD = "mutation Upload($file: Upload!) { uploadFile(file: $file) { id name mimeType size url } }";
