// Closed lists that several domains' tables use. They live in a module that imports no other schema
// module, so schema modules that refer to each other (auth ↔ programmes ↔ directory) can load in any
// order.
import { pgEnum } from 'drizzle-orm/pg-core';
import { expertiseValues, professionValues } from '../../../directory/values.js';
import { interfaceLocales } from '../../../i18n/content-languages.js';

export const professionEnum = pgEnum('profession', professionValues);

export const expertiseEnum = pgEnum('expertise', expertiseValues);

/** MHub's interface languages, for a choice among them stored with content. */
export const interfaceLocaleEnum = pgEnum('interface_locale', interfaceLocales);
