// Consensus frameworks in the API, read only: the frameworks the actor may see, and a published
// version as it was frozen: sections, components and the Delphi statements each component rests
// on, with the group results that accepted them (never who rated what).
import { z } from 'zod';
import { scaleKinds } from '../../delphi/rule.js';
import type { StatementTrace } from '../../frameworks/content.js';
import { listFrameworks, type FrameworkListRow } from '../frameworks/frameworks.js';
import { authorize } from '../auth/authorize.js';
import { getFrameworkVersion, type PublishedFramework } from '../frameworks/publish-framework.js';
import { MeetingVoteSchema, OutcomeSchema } from './delphi.js';
import {
	component,
	itemEnvelope,
	LocalizedTextSchema,
	localizedText,
	pageEnvelope,
	timestamp
} from './envelopes.js';
import { defineOperation, idParams } from './operation.js';
import { wholeListOperation } from './paging.js';

const FrameworkListItemSchema = component(
	'FrameworkListItem',
	z.object({
		id: z.uuid(),
		title: LocalizedTextSchema.describe("Its editors read the draft's title, others the latest version's"),
		programme: z.object({ id: z.uuid(), name: LocalizedTextSchema, acronym: z.string().nullable() }),
		latestVersion: z
			.object({ number: z.int().min(1), publishedAt: timestamp })
			.nullable()
			.describe('null: not published yet (only its editors see it)'),
		canEdit: z.boolean().describe('Whether you edit its draft')
	})
);
const FrameworkPageSchema = component('FrameworkPage', pageEnvelope(FrameworkListItemSchema));

const StatementTraceSchema = z.object({
	statementId: z.uuid(),
	text: LocalizedTextSchema,
	domain: LocalizedTextSchema,
	rounds: z.array(
		z.object({
			number: z.int().min(1),
			nRated: z.int().min(0),
			median: z.number().nullable(),
			iqr: z.number().nullable(),
			percentHigh: z
				.number()
				.min(0)
				.max(100)
				.describe('Percent of rated answers in the top band of the scale'),
			outcome: OutcomeSchema
		})
	),
	meeting: MeetingVoteSchema.nullable()
});

const FrameworkVersionSchema = component(
	'FrameworkVersion',
	z.object({
		frameworkId: z.uuid(),
		programmeId: z.uuid(),
		number: z.int().min(1),
		publishedAt: timestamp,
		title: LocalizedTextSchema,
		summary: LocalizedTextSchema.nullable(),
		study: z
			.object({ id: z.uuid(), title: LocalizedTextSchema })
			.nullable()
			.describe('The Delphi study its statements come from'),
		scale: z.enum(scaleKinds).nullable().describe("The study's rating scale; null when unknown"),
		sections: z.array(
			z.object({
				title: LocalizedTextSchema,
				components: z.array(
					z.object({
						id: z.uuid(),
						title: LocalizedTextSchema,
						description: LocalizedTextSchema.nullable(),
						statements: z
							.array(StatementTraceSchema)
							.describe('The accepted statements it rests on, with the results that accepted them')
					})
				)
			})
		)
	}),
	'A published version: frozen, later votes or corrections never change it.'
);
const FrameworkVersionItemSchema = component('FrameworkVersionItem', itemEnvelope(FrameworkVersionSchema));

export function toFrameworkListItem(row: FrameworkListRow): z.output<typeof FrameworkListItemSchema> {
	return {
		id: row.id,
		title: localizedText(row.title),
		programme: {
			id: row.programme.id,
			name: localizedText(row.programme.name),
			acronym: row.programme.acronym
		},
		latestVersion: row.latestVersion && {
			number: row.latestVersion.number,
			publishedAt: row.latestVersion.publishedAt.toISOString()
		},
		canEdit: row.canEdit
	};
}

function toTrace(trace: StatementTrace): z.output<typeof StatementTraceSchema> {
	return {
		statementId: trace.statementId,
		text: localizedText(trace.text),
		domain: localizedText(trace.domain),
		rounds: trace.rounds.map((round) => ({ ...round })),
		meeting: trace.meeting && { ...trace.meeting }
	};
}

export function toFrameworkVersion(version: PublishedFramework): z.output<typeof FrameworkVersionSchema> {
	const { content } = version;
	return {
		frameworkId: version.frameworkId,
		programmeId: version.programmeId,
		number: version.number,
		publishedAt: version.publishedAt.toISOString(),
		title: localizedText(content.title),
		summary: content.summary && localizedText(content.summary),
		study: content.study && { id: content.study.id, title: localizedText(content.study.title) },
		scale: version.scale,
		sections: content.sections.map((section) => ({
			title: localizedText(section.title),
			components: section.components.map((part) => ({
				id: part.id,
				title: localizedText(part.title),
				description: part.description && localizedText(part.description),
				statements: part.statements.map(toTrace)
			}))
		}))
	};
}

export const frameworkOperations = {
	list: wholeListOperation({
		id: 'listFrameworks',
		path: '/frameworks',
		tag: 'frameworks',
		page: FrameworkPageSchema,
		read: (actor) => listFrameworks(actor, { locale: 'en' }),
		toItem: toFrameworkListItem
	}),
	getVersion: defineOperation({
		id: 'getFrameworkVersion',
		method: 'GET',
		path: '/frameworks/{id}/versions/{number}',
		tag: 'frameworks',
		access: 'signed_in',
		params: idParams.extend({
			number: z.coerce
				.number()
				.int()
				.min(1)
				.max(1_000_000)
				.meta({ examples: [1] })
		}),
		success: { status: 200, schema: FrameworkVersionItemSchema },
		run: async ({ actor, params }) => {
			// Before the look-up: whoever reads no programme learns nothing of which ids exist.
			authorize(actor, 'list', 'framework');
			return { data: toFrameworkVersion(await getFrameworkVersion(actor, params.id, params.number)) };
		}
	})
};
