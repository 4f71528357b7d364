import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { frameworkVersion } from '../db/schema/frameworks.js';
import { listAcceptedStatements } from '../delphi/accepted-statements.js';
import { monitorRounds } from '../delphi/monitoring.js';
import { listStudies } from '../delphi/studies.js';
import { studyResults } from '../delphi/results.js';
import { useTestDatabase } from '../testing/database.js';
import { createDemoAccounts } from './accounts.js';
import { createDemoDelphi } from './delphi.js';
import { createDemoDirectory } from './directory.js';
import { createDemoEvents } from './events.js';
import { createDemoProgrammes } from './programmes.js';

useTestDatabase();

const administrator: Actor = {
	kind: 'user',
	userId: 'nobody',
	name: 'Administrator',
	email: 'nobody@example.org',
	grants: [{ role: 'administrator', scope: { kind: 'platform' } }]
};

describe('demo Delphi study and framework', () => {
	it('shows every outcome: agreed in round 1, rejected, agreed after feedback, and voted at the Brussels meeting', async () => {
		await createDemoAccounts();
		await createDemoDirectory();
		const ids = await db().transaction(async (tx) => {
			const programmeIds = await createDemoProgrammes(tx);
			await createDemoEvents(tx, programmeIds);
			return programmeIds;
		});
		await createDemoDelphi(ids['MIG-H']);

		const [study] = await listStudies(administrator);
		expect(study).toMatchObject({ panellists: 10, statements: 11, roundsOpened: 2, roundsPlanned: 2 });
		const results = await studyResults(administrator, study.id);
		const outcomes = results.statements.map((statement) => [
			statement.rounds.map((round) => round.outcome).join(' → '),
			statement.settledBy === 'meeting' ? `meeting ${statement.meeting?.outcome}` : statement.final
		]);
		expect(outcomes).toEqual([
			['in', 'in'],
			['in', 'in'],
			['none → in', 'in'],
			['out', 'out'],
			['none → none', 'meeting in'],
			['none → none', 'meeting out'],
			['none → in', 'in'],
			['out', 'out'],
			['in', 'in'],
			['none → in', 'in'],
			['none → none', 'meeting in']
		]);
		const rounds = await monitorRounds(administrator, study.id);
		expect(rounds.map((round) => [round.submitted, round.panel, round.droppedOut])).toEqual([
			[9, 10, null],
			[8, 10, 1]
		]);
		// Six agreed in the rounds, two voted in at the meeting.
		expect((await listAcceptedStatements(study.id)).length).toBe(8);

		// The framework built from them: every accepted statement in one component, published.
		const [version] = await db().select().from(frameworkVersion);
		expect(version.number).toBe(1);
		const placed = version.content.sections.map((section) => [
			section.title.en,
			section.components.map((component) => [component.title.en, component.statements.length])
		]);
		expect(placed).toEqual([
			[
				'Content',
				[
					['Core topics', 2],
					['Rights and access to care', 1]
				]
			],
			['Delivery', [['Who trains, and whom together', 2]]],
			[
				'Evaluation',
				[
					['Measuring learning and practice', 2],
					['Certifying trainers', 1]
				]
			]
		]);
		const certifying = version.content.sections[2].components[1].statements[0];
		expect(certifying.meeting).toMatchObject({ heldOn: '2018-01-31', votesFor: 14, outcome: 'in' });
	});
});
