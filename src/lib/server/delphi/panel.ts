// A study's panel: experts from the directory, each in a stakeholder group, each with a personal link.
import { and, asc, eq, ilike, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { PanellistsSchema } from '../../delphi/schemas.js';
import { SearchQuerySchema } from '../../validation/common.js';
import type { Actor } from '../auth/actor.js';
import { newSecret } from '../auth/tokens.js';
import { db } from '../db/client.js';
import { delphiPanellist } from '../db/schema/delphi.js';
import { person } from '../db/schema/directory.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { getStudy } from './studies.js';

export type PanellistRow = {
	id: string;
	personId: string;
	fullName: string;
	email: string | null;
	stakeholderGroup: string;
	language: string;
	token: string;
};

/** The panel, for those who run the study (panellists never see it). */
export async function listPanel(actor: Actor, studyId: string): Promise<PanellistRow[]> {
	await getStudy(actor, studyId);
	return db()
		.select({
			id: delphiPanellist.id,
			personId: person.id,
			fullName: person.fullName,
			email: person.email,
			stakeholderGroup: delphiPanellist.stakeholderGroup,
			language: delphiPanellist.language,
			token: delphiPanellist.token
		})
		.from(delphiPanellist)
		.innerJoin(person, eq(person.id, delphiPanellist.personId))
		.where(eq(delphiPanellist.studyId, studyId))
		.orderBy(asc(delphiPanellist.stakeholderGroup), sql`${person.fullName} collate "und-x-icu"`);
}

/** People of the directory not yet on the panel, whose name contains `query` (the first 50). */
export async function panelCandidates(actor: Actor, studyId: string, query: string) {
	await getStudy(actor, studyId);
	const search = parseInput(SearchQuerySchema, { q: query }).q ?? '';
	return db()
		.select({ id: person.id, fullName: person.fullName, email: person.email })
		.from(person)
		.where(
			and(
				isNull(person.archivedAt),
				search ? ilike(person.fullName, `%${search.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
				notExists(
					db()
						.select({ one: sql`1` })
						.from(delphiPanellist)
						.where(and(eq(delphiPanellist.studyId, studyId), eq(delphiPanellist.personId, person.id)))
				)
			)
		)
		.orderBy(sql`${person.fullName} collate "und-x-icu"`)
		.limit(50);
}

/** Adds people to the panel in one stakeholder group; people already on it are left as they are. */
export async function addPanellists(
	actor: Actor,
	studyId: string,
	input: FieldsOf<typeof PanellistsSchema>
): Promise<{ added: number }> {
	const study = await getStudy(actor, studyId);
	const values = parseInput(PanellistsSchema, input);
	const language = values.language ?? study.languages[0];
	if (!study.languages.includes(language))
		throw new DomainError('invalid', 'not a language of the study', {
			fields: { language: ['invalid_choice'] }
		});
	const known = await db()
		.select({ id: person.id })
		.from(person)
		.where(and(isNull(person.archivedAt), inArray(person.id, values.personIds)));
	if (known.length !== new Set(values.personIds).size)
		throw new DomainError('invalid', 'unknown person', { fields: { personIds: ['invalid_choice'] } });
	const added = await db()
		.insert(delphiPanellist)
		.values(
			known.map(({ id }) => ({
				studyId,
				personId: id,
				stakeholderGroup: values.stakeholderGroup,
				language,
				token: newSecret()
			}))
		)
		.onConflictDoNothing()
		.returning({ id: delphiPanellist.id });
	return { added: added.length };
}
