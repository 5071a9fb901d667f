import { lexicographicSortSchema } from "graphql";
import { builder } from "../builder.ts";
import "./scalars.ts";
import "./node.ts";
import "./content.ts";
import "./steps.ts";
import "./user.ts";
import "./interaction.ts";
import "./conversation.ts";
import "./events.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
