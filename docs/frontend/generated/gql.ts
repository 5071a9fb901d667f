/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment Event on InteractionEvent {\n  __typename\n  cursor\n  interactionId\n  ... on StepDeltaEvent {\n    index\n    delta {\n      type\n      ... on TextDelta {\n        text\n      }\n    }\n  }\n  ... on TurnEndEvent {\n    reason\n    error {\n      code\n      message\n    }\n    interaction {\n      id\n      outputText\n      conversation {\n        id\n      }\n    }\n  }\n}\n\nsubscription Chat($input: SendMessageInput, $regenerate: RegenerateInput, $edit: EditMessageInput, $functionResults: SubmitFunctionResultsInput, $after: String) {\n  chat(\n    input: $input\n    regenerate: $regenerate\n    edit: $edit\n    functionResults: $functionResults\n    after: $after\n  ) {\n    ...Event\n  }\n}\n\nquery Thread($id: ID!, $last: Int = 20, $before: String) {\n  conversation(id: $id) {\n    id\n    title\n    branch(last: $last, before: $before) {\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        node {\n          id\n          siblingIndex\n          siblingCount\n          siblings {\n            id\n          }\n          input {\n            ... on TextContent {\n              text\n            }\n            ... on MediaContent {\n              mimeType\n              url\n            }\n          }\n          lastRound {\n            id\n            status\n            outputText\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation SwitchBranch($conversationId: ID!, $interactionId: ID!) {\n  setActiveHead(conversationId: $conversationId, interactionId: $interactionId) {\n    id\n  }\n}\n\nmutation Stop($id: ID!) {\n  cancelInteraction(id: $id) {\n    id\n    status\n  }\n}": typeof types.EventFragmentDoc,
};
const documents: Documents = {
    "fragment Event on InteractionEvent {\n  __typename\n  cursor\n  interactionId\n  ... on StepDeltaEvent {\n    index\n    delta {\n      type\n      ... on TextDelta {\n        text\n      }\n    }\n  }\n  ... on TurnEndEvent {\n    reason\n    error {\n      code\n      message\n    }\n    interaction {\n      id\n      outputText\n      conversation {\n        id\n      }\n    }\n  }\n}\n\nsubscription Chat($input: SendMessageInput, $regenerate: RegenerateInput, $edit: EditMessageInput, $functionResults: SubmitFunctionResultsInput, $after: String) {\n  chat(\n    input: $input\n    regenerate: $regenerate\n    edit: $edit\n    functionResults: $functionResults\n    after: $after\n  ) {\n    ...Event\n  }\n}\n\nquery Thread($id: ID!, $last: Int = 20, $before: String) {\n  conversation(id: $id) {\n    id\n    title\n    branch(last: $last, before: $before) {\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        node {\n          id\n          siblingIndex\n          siblingCount\n          siblings {\n            id\n          }\n          input {\n            ... on TextContent {\n              text\n            }\n            ... on MediaContent {\n              mimeType\n              url\n            }\n          }\n          lastRound {\n            id\n            status\n            outputText\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation SwitchBranch($conversationId: ID!, $interactionId: ID!) {\n  setActiveHead(conversationId: $conversationId, interactionId: $interactionId) {\n    id\n  }\n}\n\nmutation Stop($id: ID!) {\n  cancelInteraction(id: $id) {\n    id\n    status\n  }\n}": types.EventFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Event on InteractionEvent {\n  __typename\n  cursor\n  interactionId\n  ... on StepDeltaEvent {\n    index\n    delta {\n      type\n      ... on TextDelta {\n        text\n      }\n    }\n  }\n  ... on TurnEndEvent {\n    reason\n    error {\n      code\n      message\n    }\n    interaction {\n      id\n      outputText\n      conversation {\n        id\n      }\n    }\n  }\n}\n\nsubscription Chat($input: SendMessageInput, $regenerate: RegenerateInput, $edit: EditMessageInput, $functionResults: SubmitFunctionResultsInput, $after: String) {\n  chat(\n    input: $input\n    regenerate: $regenerate\n    edit: $edit\n    functionResults: $functionResults\n    after: $after\n  ) {\n    ...Event\n  }\n}\n\nquery Thread($id: ID!, $last: Int = 20, $before: String) {\n  conversation(id: $id) {\n    id\n    title\n    branch(last: $last, before: $before) {\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        node {\n          id\n          siblingIndex\n          siblingCount\n          siblings {\n            id\n          }\n          input {\n            ... on TextContent {\n              text\n            }\n            ... on MediaContent {\n              mimeType\n              url\n            }\n          }\n          lastRound {\n            id\n            status\n            outputText\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation SwitchBranch($conversationId: ID!, $interactionId: ID!) {\n  setActiveHead(conversationId: $conversationId, interactionId: $interactionId) {\n    id\n  }\n}\n\nmutation Stop($id: ID!) {\n  cancelInteraction(id: $id) {\n    id\n    status\n  }\n}"): typeof import('./graphql').EventFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
