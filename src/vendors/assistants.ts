/**
 * The assistant side of an unlink: where Amazon, Google, Apple, IFTTT and SmartThings let a user
 * remove a linked vendor, from their own help pages (platforms/assistants.json, checked by the
 * same rules as the vendor files). The vendor side is each vendor's `places.linkedServices`.
 */
import * as v from 'valibot';
import data from './platforms/assistants.json';
import { PlaceSchema, fact } from './schema';

const Assistant = <T extends v.ObjectEntries>(places: T) =>
  v.strictObject({ name: v.pipe(v.string(), v.minLength(2)), ...places });

export const AssistantsSchema = v.strictObject({
  alexa: Assistant({ disableSkill: fact(PlaceSchema), loginWithAmazon: fact(PlaceSchema) }),
  'google-assistant': Assistant({ unlink: fact(PlaceSchema) }),
  'siri-homekit': Assistant({ unlink: fact(PlaceSchema) }),
  ifttt: Assistant({ unlink: fact(PlaceSchema) }),
  smartthings: Assistant({ unlink: fact(PlaceSchema) }),
});
export type Assistants = v.InferOutput<typeof AssistantsSchema>;

/** Validated by the tests (test/unit/vendors/database.test.ts), like the vendor files. */
export const ASSISTANTS = data as Assistants;
